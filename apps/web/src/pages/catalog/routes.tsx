import type { RouteObject } from 'react-router';
import { lazyPage } from '../lazy-page';

/**
 * Public: the API answers the catalog and course outlines without an account (lesson text
 * needs one, so neither page asks for it). Enrolling asks a visitor to sign in first.
 */
export const catalogRoutes: RouteObject[] = [
  { path: 'courses', lazy: lazyPage(() => import('./CatalogPage'), 'CatalogPage') },
  { path: 'courses/:slug', lazy: lazyPage(() => import('./CoursePage'), 'CoursePage') },
];
