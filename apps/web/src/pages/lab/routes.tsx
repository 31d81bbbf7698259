import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/**
 * Hybrid programs in the room and after (issue 18): the instructor's lab screen and the
 * practical exam form; the learner's check-in page (the address inside the lab's QR code:
 * signing in first comes back to it, code included) and program progress.
 */
export const labRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet role="INSTRUCTOR" />,
    children: [
      { path: 'teach/live/:sessionId/lab', lazy: lazyPage(() => import('./LabPage'), 'LabPage') },
      {
        path: 'teach/practical/:checklistId/:candidateId',
        lazy: lazyPage(() => import('./PracticalExamPage'), 'PracticalExamPage'),
      },
    ],
  },
  {
    element: <RequireAuthOutlet />,
    children: [
      {
        path: 'live/:sessionId/check-in',
        lazy: lazyPage(() => import('./CheckInPage'), 'CheckInPage'),
      },
      {
        path: 'programs/:programId/progress',
        lazy: lazyPage(() => import('./ProgramProgressPage'), 'ProgramProgressPage'),
      },
    ],
  },
];
