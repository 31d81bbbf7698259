import { useId } from 'react';
import type { ProfileLicenseFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { date } from '../../ui/format';
import { useEditToggle } from '../teach/useEditToggle';
import { LicenseForm } from './LicenseForm';
import { LicenseNumberCheck } from './LicenseNumberCheck';
import { EFFECTIVE_STATUS } from './license-status';
import { PROFESSION_LABELS } from './professions';
import { stateName } from './us-states';

type License = ProfileLicenseFieldsFragment;

/** "Colorado physical therapist", for sentences about a license. */
export function licenseTitle(license: License): string {
  return `${stateName(license.state)} ${PROFESSION_LABELS[license.profession].toLowerCase()}`;
}

interface Props {
  license: License;
  /** The list is changing (a removal, another license printed): one change at a time. */
  busy: boolean;
  onCorrected: (printChanged: boolean) => void;
  onPrimary: () => void;
  onRemove: () => void;
}

/** One license as a card; "Correct" opens the form in its place. */
export function LicenseItem({ license, busy, onCorrected, onPrimary, onRemove }: Props) {
  const editor = useEditToggle();
  const headingId = useId();
  const title = `${stateName(license.state)} — ${PROFESSION_LABELS[license.profession]}`;
  const status = EFFECTIVE_STATUS[license.effectiveStatus];
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {license.primary && (
        <p>
          <Badge tone="ok">Printed on certificates</Badge>
        </p>
      )}
      {editor.editing ? (
        <LicenseForm
          license={license}
          profession={license.profession}
          offerPrimary={!license.primary}
          onSaved={(printChanged) => {
            editor.close();
            onCorrected(printChanged);
          }}
          onCancel={editor.close}
        />
      ) : (
        <>
          <dl className="details">
            <dt>Number</dt>
            <dd>
              <span className="code">{license.number}</span>{' '}
              <LicenseNumberCheck check={license.numberCheck} />
            </dd>
            <dt>Status</dt>
            <dd>
              <Badge tone={status.tone}>{status.label}</Badge>
            </dd>
            <dt>First issued</dt>
            <dd>{license.issuedOn ? date(license.issuedOn) : 'Not given'}</dd>
            <dt>Renewal date</dt>
            <dd>{license.expiresOn ? date(license.expiresOn) : 'Not given'}</dd>
          </dl>
          <div className="actions">
            <Button
              id={editor.triggerId}
              variant="secondary"
              onClick={editor.open}
              aria-label={`Correct: ${title}`}
            >
              Correct
            </Button>
            {!license.primary && (
              <Button
                variant="secondary"
                onClick={onPrimary}
                disabled={busy}
                aria-label={`Print this one on certificates: ${title}`}
              >
                Print this one on certificates
              </Button>
            )}
            <Button
              variant="danger"
              onClick={onRemove}
              disabled={busy}
              aria-label={`Remove: ${title}`}
            >
              Remove
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
