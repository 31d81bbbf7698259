import type { RouteObject } from 'react-router';
import { lazyPage } from '../lazy-page';

export const catalogRoutes: RouteObject[] = [
  { path: 'courses', lazy: lazyPage(() => import('./CatalogPage'), 'CatalogPage') },
  { path: 'courses/:slug', lazy: lazyPage(() => import('./CoursePage'), 'CoursePage') },
];
