import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/** "Where may I dry needle?" (issue 19): the signed-in person's answer per license state. */
export const eligibilityRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet />,
    children: [
      {
        path: 'eligibility',
        lazy: lazyPage(() => import('./EligibilityPage'), 'EligibilityPage'),
      },
    ],
  },
];
