import type { RouteObject } from 'react-router';
import { lazyPage } from '../lazy-page';

export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', lazy: lazyPage(() => import('./SignInPage'), 'SignInPage') },
  { path: 'sign-up', lazy: lazyPage(() => import('./SignUpPage'), 'SignUpPage') },
];
