import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/**
 * Live sessions: any signed-in account registers (the API lists sessions to accounts only);
 * instructors schedule them under /teach/live, beside their other teaching screens.
 */
export const liveRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet />,
    children: [
      { path: 'live', lazy: lazyPage(() => import('./LiveSessionsPage'), 'LiveSessionsPage') },
    ],
  },
  {
    element: <RequireAuthOutlet role="INSTRUCTOR" />,
    children: [
      { path: 'teach/live', lazy: lazyPage(() => import('./TeachLivePage'), 'TeachLivePage') },
    ],
  },
];
