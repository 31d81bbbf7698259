export interface CertificateClaims {
  code: string;
  holderName: string;
  licenseNumber: string | null;
  licenseState: string | null;
  courseTitle: string;
  courseVersion: number;
  courseSlug: string;
  ceHours: number;
  /** YYYY-MM-DD */
  completedOn: string;
  /** YYYY-MM-DD, the last day of validity; null = never expires. */
  expiresOn: string | null;
  provider: string;
  approvals: { body: string; approvalNumber: string; isSample: boolean }[];
  deliveryMethod: 'online';
  statusListIndex: number;
  /** A credential program (several courses) rather than one course; default: a course. */
  program?: boolean;
}

export interface IssuerProfile {
  /** A URL that dereferences to the issuer's profile. */
  id: string;
  name: string;
  url: string;
}

export interface CredentialUrls {
  /** e.g. https://host/credentials */
  credentialBase: string;
  statusListUrl: string;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

/** An Open Badges 3.0 AchievementCredential, which is a W3C Verifiable Credential 2.0. */
export interface AchievementCredential {
  '@context': string[];
  id: string;
  type: string[];
  name: string;
  issuer: { id: string; type: string[]; name: string; url: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    type: string[];
    identifier: { type: string; identityType: string; identityHash: string; hashed: boolean }[];
    name: string;
    license?: { number: string; state: string | null };
    achievement: {
      id: string;
      type: string[];
      achievementType: 'Course' | 'Certification';
      name: string;
      description: string;
      criteria: { narrative: string };
      creditsAvailable: number;
      fieldOfStudy?: string;
      inLanguage: string;
    };
  };
  /** What a CE auditor asks for, kept in one block so the standard properties stay standard. */
  fascicle: {
    code: string;
    ceHours: number;
    completedOn: string;
    expiresOn: string | null;
    deliveryMethod: 'online';
    provider: string;
    approvals: { body: string; approvalNumber: string; isSample: boolean }[];
    course: { slug: string; version: number };
  };
  credentialStatus: BitstringStatusListEntry;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The credential behind a certificate, in the format wallets and verifiers already read. It
 * states only what the completion rule checked (see the criteria narrative), names the course
 * version the learner actually took, and points at the revocation list entry, so anyone holding
 * it can check it without asking us.
 */
export function buildAchievementCredential(
  claims: CertificateClaims,
  issuer: IssuerProfile,
  urls: CredentialUrls,
): AchievementCredential {
  for (const date of [claims.completedOn, claims.expiresOn]) {
    if (date !== null && !DATE.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  }
  if (!Number.isInteger(claims.statusListIndex) || claims.statusListIndex < 0) {
    throw new RangeError(`invalid status list index ${claims.statusListIndex}`);
  }
  const hours = `${claims.ceHours} CE contact hour${claims.ceHours === 1 ? '' : 's'}`;
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `${urls.credentialBase}/${claims.code}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${claims.program ? 'Credential' : 'Certificate of completion'}: ${claims.courseTitle}`,
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name, url: issuer.url },
    validFrom: `${claims.completedOn}T00:00:00Z`,
    // The certificate is valid through its expiry day, so until that day's last second.
    ...(claims.expiresOn === null ? {} : { validUntil: `${claims.expiresOn}T23:59:59Z` }),
    credentialSubject: {
      type: ['AchievementSubject'],
      // Open Badges 3.0 wants an id or an identifier for the subject: the holder's name and,
      // for clinicians, the license a board looks up.
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'name',
          identityHash: claims.holderName,
          hashed: false,
        },
        ...(claims.licenseNumber === null
          ? []
          : [
              {
                type: 'IdentityObject',
                identityType: 'identifier',
                identityHash: `${claims.licenseState ?? ''}:${claims.licenseNumber}`,
                hashed: false,
              },
            ]),
      ],
      name: claims.holderName,
      ...(claims.licenseNumber === null
        ? {}
        : { license: { number: claims.licenseNumber, state: claims.licenseState } }),
      achievement: {
        id: claims.program
          ? `${urls.credentialBase}/achievements/programs/${claims.courseSlug}`
          : `${urls.credentialBase}/achievements/${claims.courseSlug}/v${claims.courseVersion}`,
        type: ['Achievement'],
        achievementType: claims.program ? 'Certification' : 'Course',
        name: claims.courseTitle,
        description: `${claims.courseTitle} (version ${claims.courseVersion}), ${hours}, delivered ${claims.deliveryMethod} by ${claims.provider}.`,
        criteria: {
          narrative:
            'Completed every lesson with its required seat time, passed every required quiz and submitted the course evaluation.',
        },
        creditsAvailable: claims.ceHours,
        inLanguage: 'en',
      },
    },
    fascicle: {
      code: claims.code,
      ceHours: claims.ceHours,
      completedOn: claims.completedOn,
      expiresOn: claims.expiresOn,
      deliveryMethod: claims.deliveryMethod,
      provider: claims.provider,
      approvals: claims.approvals.map((a) => ({ ...a })),
      course: { slug: claims.courseSlug, version: claims.courseVersion },
    },
    credentialStatus: {
      id: `${urls.statusListUrl}#${claims.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(claims.statusListIndex),
      statusListCredential: urls.statusListUrl,
    },
  };
}
