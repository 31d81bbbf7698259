import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/**
 * Clinics: any signed-in account may create one or belong to one; the API decides who sees a
 * roster (its admins only). The invitation page handles signed-out visitors itself, since
 * someone invited may not have an account yet.
 */
export const clinicRoutes: RouteObject[] = [
  {
    path: 'invitations/accept',
    lazy: lazyPage(() => import('./AcceptInvitationPage'), 'AcceptInvitationPage'),
  },
  {
    element: <RequireAuthOutlet />,
    children: [
      { path: 'clinics', lazy: lazyPage(() => import('./ClinicsPage'), 'ClinicsPage') },
      { path: 'clinics/:clinicId', lazy: lazyPage(() => import('./ClinicPage'), 'ClinicPage') },
      {
        path: 'clinics/:clinicId/members',
        lazy: lazyPage(() => import('./MembersPage'), 'MembersPage'),
      },
      {
        path: 'clinics/:clinicId/requirements',
        lazy: lazyPage(() => import('./RequirementsPage'), 'RequirementsPage'),
      },
    ],
  },
];
