import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/** The API answers the catalog to signed-in accounts only, so these pages need one too. */
export const catalogRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet />,
    children: [
      { path: 'courses', lazy: lazyPage(() => import('./CatalogPage'), 'CatalogPage') },
      { path: 'courses/:slug', lazy: lazyPage(() => import('./CoursePage'), 'CoursePage') },
    ],
  },
];
