import type { RouteObject } from 'react-router';
import { HomePage } from './home-page';

/** / : the signed-in home, or the directory of networks for visitors. */
export const homeRoutes: RouteObject[] = [{ index: true, element: <HomePage /> }];
