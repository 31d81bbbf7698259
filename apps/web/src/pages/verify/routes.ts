import type { RouteObject } from 'react-router';
import { lazyPage } from '../lazy-page';

/** Public: no account needed. /verify/<code> is what the QR code on a certificate PDF opens. */
export const verifyRoutes: RouteObject[] = [
  { path: 'verify', lazy: lazyPage(() => import('./VerifyEntryPage'), 'VerifyEntryPage') },
  { path: 'verify/:code', lazy: lazyPage(() => import('./VerifyResultPage'), 'VerifyResultPage') },
];
