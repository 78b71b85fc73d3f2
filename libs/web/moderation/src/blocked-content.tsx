import { useState, type ReactNode } from 'react';
import { Button } from '@community-hub/web-ui';

/**
 * A post (or search result) from someone the viewer blocked: collapsed to one
 * line with a "Show" button; the content appears only when asked for.
 */
export function BlockedContent({ blocked, children, what = 'Post' }: { blocked: boolean; children: ReactNode; what?: string }) {
  const [shown, setShown] = useState(false);
  if (!blocked || shown) return <>{children}</>;
  return (
    <p className="blocked-content muted">
      {what} from someone you blocked.{' '}
      <Button variant="quiet" size="small" onClick={() => setShown(true)}>
        Show
      </Button>
    </p>
  );
}
