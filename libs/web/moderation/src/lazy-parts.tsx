import { lazy, Suspense } from 'react';

const LoadedBlockButton = lazy(() => import('./block-button').then((m) => ({ default: m.BlockButton })));
const LoadedMyBlocks = lazy(() => import('./my-blocks').then((m) => ({ default: m.MyBlocks })));

/*
 * This library's index is on the first page (the app's routes import it); the profile
 * pages that show these are not. Each is loaded with its first use.
 */

/** "Block" / "Unblock" for a person's profile (/people/:id). */
export function BlockButton(props: { userId: string; name: string }) {
  return (
    <Suspense fallback={null}>
      <LoadedBlockButton {...props} />
    </Suspense>
  );
}

/** The people I blocked, each with "Unblock" (for /me). */
export function MyBlocks() {
  return (
    <Suspense fallback={null}>
      <LoadedMyBlocks />
    </Suspense>
  );
}
