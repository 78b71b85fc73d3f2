import type { ReactNode } from 'react';
import { GraphqlProvider } from '@community-hub/web-graphql';
import type { MockClient } from '@community-hub/web-testing';
import { SessionProvider } from '../session';

/** The app's providers on a fake client, for specs: pass as `providers` to renderRoutes/renderPage. */
export function TestProviders({ mock, children }: { mock: MockClient; children: ReactNode }) {
  return (
    <GraphqlProvider connect={mock.connect}>
      <SessionProvider>{children}</SessionProvider>
    </GraphqlProvider>
  );
}
