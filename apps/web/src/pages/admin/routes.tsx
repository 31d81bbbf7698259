import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/** Platform administration: publishing, certificates, accreditation approvals, accounts. */
export const adminRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet role="ADMIN" />,
    children: [
      { path: 'admin', lazy: lazyPage(() => import('./AdminHomePage'), 'AdminHomePage') },
      {
        path: 'admin/reviews',
        lazy: lazyPage(() => import('./reviews/ReviewQueuePage'), 'ReviewQueuePage'),
      },
      {
        path: 'admin/reviews/:versionId',
        lazy: lazyPage(() => import('./reviews/ReviewVersionPage'), 'ReviewVersionPage'),
      },
      {
        path: 'admin/certificates',
        lazy: lazyPage(
          () => import('./certificates/RevokeCertificatePage'),
          'RevokeCertificatePage',
        ),
      },
      {
        path: 'admin/approvals',
        lazy: lazyPage(() => import('./approvals/CourseApprovalsPage'), 'CourseApprovalsPage'),
      },
      {
        path: 'admin/programs',
        lazy: lazyPage(() => import('./programs/ProgramsPage'), 'ProgramsPage'),
      },
      { path: 'admin/users', lazy: lazyPage(() => import('./users/UsersPage'), 'UsersPage') },
      {
        path: 'admin/accommodations',
        lazy: lazyPage(() => import('./accommodations/AccommodationsPage'), 'AccommodationsPage'),
      },
      {
        path: 'admin/state-rules',
        lazy: lazyPage(() => import('./state-rules/StateRulesPage'), 'StateRulesPage'),
      },
    ],
  },
];
