import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/**
 * Practice logs (issue 18): any signed-in account may log supervised sessions, supervise, or
 * log adverse events from its practice; the API decides what each may see (a clinic's figures
 * to its admins, program-wide figures to instructors and admins).
 */
export const practiceRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet />,
    children: [
      {
        path: 'practice/supervised',
        lazy: lazyPage(() => import('./SupervisedPage'), 'SupervisedPage'),
      },
      {
        path: 'practice/confirm',
        lazy: lazyPage(() => import('./ConfirmPage'), 'ConfirmPage'),
      },
      {
        path: 'practice/adverse-events',
        lazy: lazyPage(() => import('./AdverseEventsPage'), 'AdverseEventsPage'),
      },
    ],
  },
];
