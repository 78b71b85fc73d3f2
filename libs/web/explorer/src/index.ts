// Only the route: GraphiQL (explorer-page) loads lazily when someone opens /explorer.
export { explorerRoutes } from './explorer-routes';
