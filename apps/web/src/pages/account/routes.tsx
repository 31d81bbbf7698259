import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

/**
 * Signing in and up, and the pages the account emails link to: those work signed out (a
 * forgotten password, an address confirmed on another device), and the privacy notice.
 * Settings need a session.
 */
export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', lazy: lazyPage(() => import('./SignInPage'), 'SignInPage') },
  { path: 'sign-up', lazy: lazyPage(() => import('./SignUpPage'), 'SignUpPage') },
  {
    path: 'forgot-password',
    lazy: lazyPage(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage'),
  },
  {
    path: 'reset-password',
    lazy: lazyPage(() => import('./ResetPasswordPage'), 'ResetPasswordPage'),
  },
  { path: 'verify-email', lazy: lazyPage(() => import('./VerifyEmailPage'), 'VerifyEmailPage') },
  { path: 'privacy', lazy: lazyPage(() => import('./PrivacyPage'), 'PrivacyPage') },
  {
    path: 'email-preferences',
    lazy: lazyPage(() => import('./EmailPreferencesPage'), 'EmailPreferencesPage'),
  },
  {
    element: <RequireAuthOutlet />,
    children: [{ path: 'account', lazy: lazyPage(() => import('./AccountPage'), 'AccountPage') }],
  },
];
