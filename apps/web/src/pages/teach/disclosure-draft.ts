import type { FieldErrors } from '../../graphql/errors';
import type { CourseDisclosureInput } from '../../gql/graphql';

/** A financial relationship with an ineligible company, or a commercial supporter. */
export interface RelationshipDraft {
  company: string;
  nature: string;
}

export interface ContributorDraft {
  name: string;
  credentials: string;
  role: string;
  /** False: "none in the past 24 months", said explicitly. */
  hasRelationships: boolean;
  relationships: RelationshipDraft[];
  mitigation: string;
}

export interface DisclosureDraft {
  contributors: ContributorDraft[];
  hasCommercialSupport: boolean;
  commercialSupport: RelationshipDraft[];
}

export interface DisclosureSource {
  contributors: readonly {
    name: string;
    credentials: string;
    role: string;
    relationships: readonly RelationshipDraft[];
    mitigation?: string | null;
  }[];
  commercialSupport: readonly RelationshipDraft[];
}

export function emptyRelationship(): RelationshipDraft {
  return { company: '', nature: '' };
}

export function emptyContributor(role = 'Author'): ContributorDraft {
  return {
    name: '',
    credentials: '',
    role,
    hasRelationships: false,
    relationships: [],
    mitigation: '',
  };
}

export function disclosureDraft(disclosure: DisclosureSource | null | undefined): DisclosureDraft {
  if (!disclosure) {
    return {
      contributors: [emptyContributor()],
      hasCommercialSupport: false,
      commercialSupport: [],
    };
  }
  return {
    contributors: disclosure.contributors.map((person) => ({
      name: person.name,
      credentials: person.credentials,
      role: person.role,
      hasRelationships: person.relationships.length > 0,
      relationships: person.relationships.map(({ company, nature }) => ({ company, nature })),
      mitigation: person.mitigation ?? '',
    })),
    hasCommercialSupport: disclosure.commercialSupport.length > 0,
    commercialSupport: disclosure.commercialSupport.map(({ company, nature }) => ({
      company,
      nature,
    })),
  };
}

/**
 * The disclosure for the API. Errors use the API's field names
 * (`disclosure.contributors.0.name`, `disclosure.commercialSupport.1.company`), so the form
 * shows the API's refusals and its own in the same places.
 */
export function parseDisclosure(
  draft: DisclosureDraft,
): { ok: true; disclosure: CourseDisclosureInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (draft.contributors.length === 0) {
    errors['disclosure.contributors'] =
      'Add everyone who wrote or reviewed the content, with their credentials';
  }
  draft.contributors.forEach((person, index) => {
    const at = `disclosure.contributors.${index}`;
    const who = person.name.trim() || `Contributor ${index + 1}`;
    if (!person.name.trim()) errors[`${at}.name`] = 'Give the contributor’s name';
    if (!person.credentials.trim()) errors[`${at}.credentials`] = `Give ${who}’s credentials`;
    if (!person.role.trim()) errors[`${at}.role`] = `Say what ${who} did, e.g. Author`;
    if (person.hasRelationships) {
      relationshipErrors(person.relationships, `${at}.relationships`, errors);
      if (person.relationships.length === 0) {
        errors[`${at}.relationships`] = 'List each relationship, or choose “None”';
      }
      if (!person.mitigation.trim()) {
        errors[`${at}.mitigation`] = 'Say how the relationships were mitigated';
      }
    }
  });
  if (draft.hasCommercialSupport) {
    relationshipErrors(draft.commercialSupport, 'disclosure.commercialSupport', errors);
    if (draft.commercialSupport.length === 0) {
      errors['disclosure.commercialSupport'] = 'List each supporter, or choose “None”';
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const trimmed = (list: RelationshipDraft[]) =>
    list.map(({ company, nature }) => ({ company: company.trim(), nature: nature.trim() }));
  return {
    ok: true,
    disclosure: {
      contributors: draft.contributors.map((person) => ({
        name: person.name.trim(),
        credentials: person.credentials.trim(),
        role: person.role.trim(),
        relationships: person.hasRelationships ? trimmed(person.relationships) : [],
        mitigation: person.hasRelationships ? person.mitigation.trim() : null,
      })),
      commercialSupport: draft.hasCommercialSupport ? trimmed(draft.commercialSupport) : [],
    },
  };
}

function relationshipErrors(list: RelationshipDraft[], at: string, errors: FieldErrors) {
  list.forEach((item, index) => {
    if (!item.company.trim()) errors[`${at}.${index}.company`] = 'Name the company';
    if (!item.nature.trim()) {
      errors[`${at}.${index}.nature`] = 'Say what it is, e.g. consulting fees';
    }
  });
}

/** "None" or "Acme Needles (consulting fees); …" for reading a disclosure back. */
export function relationshipsText(list: readonly RelationshipDraft[]): string {
  return list.length === 0
    ? 'None'
    : list.map(({ company, nature }) => `${company} (${nature})`).join('; ');
}
