import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/**
 * The renewal planner (issue 19): per license, the cycle, the hours earned and still needed,
 * and the outside CE the learner records. Not under /renewals/: the API answers there.
 */
export const renewalRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet />,
    children: [
      {
        path: 'renewal-planner',
        lazy: lazyPage(() => import('./RenewalPlannerPage'), 'RenewalPlannerPage'),
      },
    ],
  },
];
