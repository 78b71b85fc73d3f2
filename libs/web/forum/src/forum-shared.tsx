import { Link } from 'react-router';
import type { MembershipRole, MembershipStatus, ThreadSummaryFragment, WatchLevel } from '@community-hub/web-graphql';
import { Badge } from '@community-hub/web-ui';

export type ThreadSummary = ThreadSummaryFragment;

export const TAGS_MAX = 5;

/** "Health, Food bank ,, events" → ["health", "food bank", "events"] (as the API stores them). */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
}

/** Active members (and platform admins) may start discussions and reply. */
export function canWrite(
  membership: { status: MembershipStatus; role: MembershipRole } | null | undefined,
  user: { isPlatformAdmin: boolean } | null | undefined,
): boolean {
  if (!user) return false;
  return user.isPlatformAdmin || membership?.status === 'ACTIVE';
}

export function threadPath(slug: string, threadId: string): string {
  return `/n/${slug}/t/${threadId}`;
}

export function threadsPath(slug: string, tag?: string | null): string {
  return tag ? `/n/${slug}/threads?tag=${encodeURIComponent(tag)}` : `/n/${slug}/threads`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function ThreadBadges({
  thread,
  showUnread,
}: {
  thread: Pick<ThreadSummary, 'pinned' | 'locked' | 'unreadCount'> & { holdStatus?: ThreadSummary['holdStatus'] };
  showUnread?: boolean;
}) {
  const unread = showUnread && thread.unreadCount > 0;
  if (!thread.pinned && !thread.locked && !unread && !thread.holdStatus) return null;
  return (
    <span className="badges">
      {thread.holdStatus === 'PENDING' ? <Badge tone="warning">Waiting for approval</Badge> : null}
      {thread.holdStatus === 'REJECTED' ? <Badge tone="danger">Not approved</Badge> : null}
      {thread.pinned ? <Badge tone="info">Pinned</Badge> : null}
      {thread.locked ? <Badge tone="warning">Locked</Badge> : null}
      {unread ? <Badge tone="success">{`${thread.unreadCount} unread`}</Badge> : null}
    </span>
  );
}

/** Tags as links that filter the network's discussions. */
export function TagList({ slug, tags }: { slug: string; tags: readonly string[] }) {
  if (!tags.length) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={threadsPath(slug, tag)} className="tag" aria-label={`Tag: ${tag}`}>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export const WATCH_LABELS: Record<WatchLevel, string> = {
  NORMAL: 'Normal',
  WATCHING: 'Watching',
  MUTED: 'Muted',
};
