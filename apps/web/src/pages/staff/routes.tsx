import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/**
 * Instructor, platform-admin and clinic screens. Each area starts as a placeholder page;
 * replace it with the real screens (and their own routes file) when they are built.
 */
export const staffRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet />,
    children: [
      {
        path: 'clinics/*',
        lazy: lazyPage(() => import('./ClinicPlaceholder'), 'ClinicPlaceholder'),
      },
    ],
  },
];
