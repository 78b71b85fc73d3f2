import { useEffect, useMemo } from 'react';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import { defaultWsUrl } from '@community-hub/web-graphql';
import { useDocumentTitle } from '@community-hub/web-ui';
import 'graphiql/style.css';
import './explorer.css';

const DEFAULT_QUERY = `# Community Hub's GraphQL API. You are signed in as yourself here:
# the explorer uses your session cookie, so it can do what you can do.
query Networks {
  networks {
    name
    slug
    area
    visibility
    myMembership {
      role
      status
    }
  }
}
`;

/**
 * GraphiQL 4 (CodeMirror 5, no web workers, no eval) served from our own bundle,
 * so it runs under the API's Content-Security-Policy. Loaded lazily from /explorer.
 */
export default function ExplorerPage() {
  useDocumentTitle('GraphQL explorer');
  const wsClient = useMemo(() => createClient({ url: defaultWsUrl(), lazy: true }), []);
  useEffect(() => () => void wsClient.dispose(), [wsClient]);
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: '/graphql',
        wsClient,
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    [wsClient],
  );

  return (
    <div className="explorer">
      <div className="explorer-intro">
        <h1>GraphQL explorer</h1>
        <p className="muted small">Runs as you, with your session. Queries that change data really change it.</p>
      </div>
      <div className="explorer-frame">
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false} />
      </div>
    </div>
  );
}
