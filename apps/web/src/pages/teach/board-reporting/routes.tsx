import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../../auth/RequireAuth';
import { lazyPage } from '../../lazy-page';

/**
 * Reporting a course's completions to CE Broker, beside the other teaching screens. The API lets
 * a course's authors and admins do it; an admin without the instructor role uses the API.
 */
export const boardReportingRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet role="INSTRUCTOR" />,
    children: [
      {
        path: 'teach/board-reporting',
        lazy: lazyPage(() => import('./BoardReportingPage'), 'BoardReportingPage'),
      },
    ],
  },
];
