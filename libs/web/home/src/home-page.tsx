import { lazy, Suspense } from 'react';
import { useSession } from '@community-hub/web-accounts';
import { NetworkDirectoryPage } from '@community-hub/web-networks';
import { Loading } from '@community-hub/web-ui';

// Only signed-in people see their home: visitors' first download stays without it.
const SignedInHome = lazy(() => import('./signed-in-home').then((m) => ({ default: m.SignedInHome })));

/** `/`: the signed-in home, or the directory of networks for visitors. */
export function HomePage() {
  const { user } = useSession();
  if (!user) return <NetworkDirectoryPage />;
  return (
    <Suspense fallback={<Loading label="Loading your home page…" />}>
      <SignedInHome name={user.name} />
    </Suspense>
  );
}
