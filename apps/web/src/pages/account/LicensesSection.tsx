import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useEffect, useRef, useState } from 'react';
import { useMe } from '../../auth/useAuth';
import type { ProfileLicenseFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../graphql/errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import { Button } from '../../ui/Button';
import { useEditToggle } from '../teach/useEditToggle';
import { CertificatesNotice } from './CertificatesNotice';
import { AccountLicensesDocument, useLicenseMutations } from './license-documents';
import { LicenseForm } from './LicenseForm';
import { LicenseItem, licenseTitle } from './LicenseItem';

type License = ProfileLicenseFieldsFragment;

interface Done {
  message: string;
  /** New certificates print another license now: say how to update those already issued. */
  printChanged: boolean;
}

/** The licenses on the profile: add, correct, remove, and choose the one certificates print. */
export function LicensesSection() {
  const me = useMe();
  const result = useQuery(AccountLicensesDocument);
  const { save, remove, saving, removing } = useLicenseMutations();
  const adder = useEditToggle();
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [removal, setRemoval] = useState<License | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  function saved(message: string, printChanged: boolean) {
    setError(null);
    setDone({ message, printChanged });
  }

  async function onPrimary(license: License) {
    setDone(null);
    setError(null);
    try {
      const { id, state, profession, number, issuedOn, expiresOn } = license;
      await save({ id, state, profession, number, issuedOn, expiresOn, primary: true });
      saved(`Certificates you earn from now on print your ${licenseTitle(license)} license.`, true);
    } catch (caught) {
      setError(caught);
    }
  }

  async function onRemove(license: License) {
    setDone(null);
    setError(null);
    try {
      const printChanged = await remove(license.id);
      saved(`Your ${licenseTitle(license)} license is removed from your profile.`, printChanged);
    } catch (caught) {
      setError(caught);
    }
    focusHeading.current = true;
    setRemoval(null);
  }

  // The dialog would hand focus back to a button that is gone: keep the keyboard here.
  useEffect(() => {
    if (removal !== null || !focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [removal]);

  return (
    <section className="section" aria-labelledby="licenses-title">
      <h2 id="licenses-title" ref={headingRef} tabIndex={-1}>
        Licenses
      </h2>
      <p className="muted">Certificates print the license marked “Printed on certificates”.</p>
      <p>
        <Link to="/renewal-planner">Plan your license renewals</Link>: hours, topics and due dates.
      </p>
      <p>
        <Link to="/eligibility">Where may I dry needle with these licenses?</Link>
      </p>
      <div role="status">
        {done && (
          <div className="notice notice-ok">
            <p>✓ {done.message}</p>
            {done.printChanged && <CertificatesNotice />}
          </div>
        )}
      </div>
      {error !== null && <FormError message={errorMessage(error)} />}
      <QueryState result={result} label="Loading your licenses">
        {({ me: { licenses } }) => (
          <>
            {licenses.length === 0 ? (
              <p>No license on your profile yet.</p>
            ) : (
              <ul className="cards wide" aria-labelledby="licenses-title">
                {licenses.map((license) => (
                  <LicenseItem
                    key={license.id}
                    license={license}
                    busy={saving || removing}
                    onCorrected={(printChanged) =>
                      saved(`Your ${licenseTitle(license)} license is corrected.`, printChanged)
                    }
                    onPrimary={() => void onPrimary(license)}
                    onRemove={() => {
                      setDone(null);
                      setRemoval(license);
                    }}
                  />
                ))}
              </ul>
            )}
            <div className="section">
              {adder.editing ? (
                <div className="card">
                  <h3>Add a license</h3>
                  <LicenseForm
                    profession={me.profession}
                    offerPrimary={licenses.length > 0}
                    onSaved={(printChanged) => {
                      adder.close();
                      saved('Your license is added.', printChanged);
                    }}
                    onCancel={adder.close}
                  />
                </div>
              ) : (
                <Button id={adder.triggerId} variant="secondary" onClick={adder.open}>
                  Add a license
                </Button>
              )}
            </div>
          </>
        )}
      </QueryState>
      <ConfirmDialog
        open={removal !== null}
        title="Remove this license?"
        confirmLabel="Remove"
        busy={removing}
        onConfirm={() => {
          if (removal) void onRemove(removal);
        }}
        onCancel={() => setRemoval(null)}
      >
        <p>
          Your <strong>{removal && licenseTitle(removal)}</strong> license, number {removal?.number}
          , leaves your profile. Certificates already issued keep what they print.
        </p>
        {removal?.primary && (
          <p>New certificates will print another of the licenses on your profile.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
