export { HomePage } from './home-page';
export { homeRoutes } from './home-routes';
