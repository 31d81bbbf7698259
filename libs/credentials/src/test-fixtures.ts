// Shared by the specs only; not exported from the library.
import { CredentialKind } from '@fascicle/catalog';
import type { CertificateClaims, CredentialUrls, IssuerProfile } from './achievement-credential.js';

export const issuer: IssuerProfile = {
  id: 'https://fascicle.example/issuer',
  name: 'Fascicle Continuing Education',
  url: 'https://fascicle.example',
};

export const urls: CredentialUrls = {
  credentialBase: 'https://fascicle.example/credentials',
  statusListUrl: 'https://fascicle.example/credentials/status/1',
};

export const claims: CertificateClaims = {
  code: '7K3M-Q9TX-20AB-HM',
  holderName: 'Ada Okafor',
  licenseNumber: 'RN-123456',
  licenseState: 'OR',
  courseTitle: 'Sepsis Recognition in the ED',
  courseVersion: 3,
  courseSlug: 'sepsis-recognition',
  ceHours: 1.5,
  creditMinutes: 95,
  onlineMinutes: 95,
  liveMinutes: 0,
  credentialKind: CredentialKind.DIDACTIC,
  scopeStatement:
    'Didactic coursework only: it does not by itself qualify anyone to perform the procedures it describes.',
  completedOn: '2026-03-09',
  expiresOn: '2028-03-09',
  provider: 'Fascicle Continuing Education',
  approvals: [
    {
      body: 'Sample Board of Physical Therapy',
      approvalNumber: 'SAMPLE-FND-001',
      isSample: true,
      minutesPerHour: 50,
      increment: 0.5,
      hours: 1.5,
    },
  ],
  deliveryMethod: 'online',
  statusListIndex: 42,
};
