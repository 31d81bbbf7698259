import type { RouteObject } from 'react-router';
import { RequireAuthOutlet } from '../../auth/RequireAuth';
import { lazyPage } from '../lazy-page';

export const credentialRoutes: RouteObject[] = [
  {
    element: <RequireAuthOutlet />,
    children: [
      {
        path: 'certificates',
        lazy: lazyPage(() => import('./CertificatesPage'), 'CertificatesPage'),
      },
      { path: 'transcript', lazy: lazyPage(() => import('./TranscriptPage'), 'TranscriptPage') },
    ],
  },
];
