import {
  CREDENTIAL_KIND_LABEL,
  DEFAULT_CONTACT_HOUR,
  describeContactHours,
  type CredentialKind,
} from '@fascicle/catalog';
import { approvalHours, type ApprovalClaim, type ApprovalHours } from './certificate-hours.js';
import { DELIVERY_METHOD_WORDS, type DeliveryMethod } from './minutes-split.js';

export interface CertificateClaims {
  code: string;
  holderName: string;
  licenseNumber: string | null;
  licenseState: string | null;
  courseTitle: string;
  courseVersion: number;
  courseSlug: string;
  /** Hours of 60 minutes, rounded down to the quarter (Open Badges' `creditsAvailable`). */
  ceHours: number;
  /** Minutes of instruction certified: the stored truth; hours follow in each approval's unit. */
  creditMinutes: number;
  onlineMinutes: number;
  /** Live or in-person (none until live sessions exist). */
  liveMinutes: number;
  credentialKind: CredentialKind;
  /** What the credential attests and what it does not; may be empty for a course. */
  scopeStatement: string;
  /** YYYY-MM-DD */
  completedOn: string;
  /** YYYY-MM-DD, the last day of validity; null = never expires. */
  expiresOn: string | null;
  provider: string;
  approvals: ApprovalClaim[];
  deliveryMethod: DeliveryMethod;
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
      /**
       * Open Badges 3.0 AchievementType: a course, or for a program `CertificateOfCompletion`
       * ("acknowledges completion of an assignment, training or other activity"), never
       * `Certification`, which attests the ability to perform an occupation's tasks.
       */
      achievementType: 'Course' | 'CertificateOfCompletion';
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
    creditMinutes: number;
    onlineMinutes: number;
    liveMinutes: number;
    credentialKind: CredentialKind;
    scopeStatement: string;
    completedOn: string;
    expiresOn: string | null;
    deliveryMethod: DeliveryMethod;
    provider: string;
    /** Each approval with its contact hour (minutes, step) and the hours it grants. */
    approvals: Omit<ApprovalHours, 'hoursText'>[];
    course: { slug: string; version: number };
  };
  credentialStatus: BitstringStatusListEntry;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isMinutes = (n: number) => Number.isInteger(n) && n >= 0;

/** A sentence, whatever punctuation the author ended it with (or none). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The credential behind a certificate, in the format wallets and verifiers already read. It
 * states only what the completion rule checked (see the criteria narrative), names the course
 * version the learner actually took, and points at the revocation list entry, so anyone holding
 * it can check it without asking us.
 *
 * What it certifies is said in words where any reader looks (the description and the
 * criteria): the kind (didactic, live, hybrid) and the scope statement. Its hours are said in
 * each approving body's unit, because `creditsAvailable` is a bare number ("credit hours
 * associated with this entity"), while boards count contact hours of 50 or 60 minutes.
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
  const { creditMinutes, onlineMinutes, liveMinutes } = claims;
  if (
    ![creditMinutes, onlineMinutes, liveMinutes].every(isMinutes) ||
    onlineMinutes + liveMinutes !== creditMinutes
  ) {
    throw new RangeError(
      `minutes must be whole and add up: ${onlineMinutes} online + ${liveMinutes} live ≠ ${creditMinutes}`,
    );
  }
  const approvals = claims.approvals.map((approval) => approvalHours(approval, creditMinutes));
  const kind = CREDENTIAL_KIND_LABEL[claims.credentialKind];
  const scope = claims.scopeStatement.trim();
  const scopeSentence = scope ? ` ${sentence(scope)}` : '';
  const what = claims.program
    ? `${claims.courseTitle}, a program of courses`
    : `${claims.courseTitle} (version ${claims.courseVersion})`;
  const credit = approvals.length
    ? approvals
        .map(
          (a) =>
            `${a.hoursText} (${a.body}, ${a.approvalNumber}${a.isSample ? ', a sample record' : ''})`,
        )
        .join('; ')
    : describeContactHours(claims.ceHours, DEFAULT_CONTACT_HOUR);
  const minutes = `${creditMinutes} minutes of instruction: ${onlineMinutes} self-paced online, ${liveMinutes} live or in-person`;
  const description =
    `${what}. Kind: ${kind}.${scopeSentence} ${credit}, ${minutes}. ` +
    `creditsAvailable (${claims.ceHours}) counts contact hours of 60 minutes, rounded down to the quarter hour. ` +
    `Delivered ${DELIVERY_METHOD_WORDS[claims.deliveryMethod]} by ${claims.provider}.`;
  const rule = claims.program
    ? 'Held a valid certificate for every course of the program; each required every lesson with its required seat time, every required quiz passed and the course evaluation submitted.'
    : 'Completed every lesson with its required seat time, passed every required quiz and submitted the course evaluation.';
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `${urls.credentialBase}/${claims.code}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${claims.program ? 'Program certificate of completion' : 'Certificate of completion'}: ${claims.courseTitle}`,
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
        achievementType: claims.program ? 'CertificateOfCompletion' : 'Course',
        name: claims.courseTitle,
        description,
        criteria: {
          // Markdown: the rule that was checked, then what the credential is and is not.
          narrative: `${rule}\n\n**${kind}.**${scopeSentence}`,
        },
        creditsAvailable: claims.ceHours,
        inLanguage: 'en',
      },
    },
    fascicle: {
      code: claims.code,
      ceHours: claims.ceHours,
      creditMinutes,
      onlineMinutes,
      liveMinutes,
      credentialKind: claims.credentialKind,
      scopeStatement: scope,
      completedOn: claims.completedOn,
      expiresOn: claims.expiresOn,
      deliveryMethod: claims.deliveryMethod,
      provider: claims.provider,
      approvals: approvals.map(({ hoursText: _text, ...approval }) => approval),
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
