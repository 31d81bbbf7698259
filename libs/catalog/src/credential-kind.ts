/**
 * What a credential certifies. Dry needling boards ask for hands-on, in-person training that
 * online study cannot give (Florida s. 486.117 F.S.: face-to-face hours with an instructor's
 * judgement of psychomotor skill), so every certificate says which kind it is.
 */
export enum CredentialKind {
  /** Coursework only: reading, quizzes, examinations. */
  DIDACTIC = 'DIDACTIC',
  /** Instruction in person or live online, with attendance. */
  LIVE = 'LIVE',
  /** Both, with a practical component. */
  HYBRID = 'HYBRID',
}

export const CREDENTIAL_KIND_LABEL: Record<CredentialKind, string> = {
  [CredentialKind.DIDACTIC]: 'Didactic coursework',
  [CredentialKind.LIVE]: 'Live instruction',
  [CredentialKind.HYBRID]: 'Hybrid (coursework and hands-on training)',
};

/** The scope statement limits what a certificate may be read to mean: at most this long. */
export const MAX_SCOPE_STATEMENT = 1000;
