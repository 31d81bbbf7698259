import type { FieldErrors } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { RadioGroup } from './Choices';
import { emptyRelationship, type ContributorDraft } from './disclosure-draft';
import { RelationshipsEditor } from './RelationshipsEditor';

type Has = 'none' | 'some';

/** One person who controls the content: credentials, role, relationships (or none). */
export function ContributorFields({
  person,
  index,
  errors,
  onChange,
  onRemove,
}: {
  person: ContributorDraft;
  index: number;
  errors: FieldErrors;
  onChange: (person: ContributorDraft) => void;
  onRemove: () => void;
}) {
  const at = `disclosure.contributors.${index}`;
  const who = person.name.trim() || `contributor ${index + 1}`;
  const set = <K extends keyof ContributorDraft>(field: K, value: ContributorDraft[K]) =>
    onChange({ ...person, [field]: value });
  return (
    <fieldset className="fieldset contributor">
      <legend>Contributor {index + 1}</legend>
      <div className="field-row">
        <TextField
          label="Name"
          value={person.name}
          maxLength={200}
          error={errors[`${at}.name`]}
          onChange={(event) => set('name', event.target.value)}
        />
        <TextField
          label="Credentials"
          hint="E.g. PT, DPT, OCS."
          value={person.credentials}
          maxLength={300}
          error={errors[`${at}.credentials`]}
          onChange={(event) => set('credentials', event.target.value)}
        />
        <TextField
          label="Role"
          hint="E.g. Author, Reviewer."
          value={person.role}
          maxLength={100}
          error={errors[`${at}.role`]}
          onChange={(event) => set('role', event.target.value)}
        />
      </div>
      <RadioGroup<Has>
        legend={`Financial relationships of ${who} with ineligible companies, past 24 months`}
        name={`relationships-${index}`}
        value={person.hasRelationships ? 'some' : 'none'}
        choices={[
          { value: 'none', label: 'None' },
          { value: 'some', label: 'Yes: list each one and how it was mitigated' },
        ]}
        onChange={(value) =>
          onChange({
            ...person,
            hasRelationships: value === 'some',
            relationships:
              value === 'some' && person.relationships.length === 0
                ? [emptyRelationship()]
                : person.relationships,
          })
        }
      />
      {person.hasRelationships && (
        <>
          <RelationshipsEditor
            items={person.relationships}
            field={`${at}.relationships`}
            errors={errors}
            noun={(i) => `relationship ${i + 1} of ${who}`}
            addLabel={{ visible: 'Add a relationship', hidden: `of ${who}` }}
            onChange={(relationships) => set('relationships', relationships)}
          />
          <TextAreaField
            label={`How the relationships of ${who} were mitigated`}
            hint="E.g. an independent reviewer checked the content for bias before release."
            rows={3}
            maxLength={2000}
            value={person.mitigation}
            error={errors[`${at}.mitigation`]}
            onChange={(event) => set('mitigation', event.target.value)}
          />
        </>
      )}
      <div>
        <Button variant="danger" className="button-small" onClick={onRemove}>
          Remove<span className="sr-only"> {who}</span> from the disclosure
        </Button>
      </div>
    </fieldset>
  );
}
