import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormError, TextAreaField } from '../../../ui/Field';

const RevokeCertificateDocument = graphql(`
  mutation AdminRevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      id
      code
      status
      revokedOn
    }
  }
`);

/** The reason is required and kept in the audit trail; the confirmation names the holder. */
export function RevokeForm({
  code,
  holderName,
  onRevoked,
}: {
  code: string;
  holderName: string;
  onRevoked: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [revoke, { loading, error }] = useMutation(RevokeCertificateDocument);
  const errors = fieldErrors(error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = reason.trim() === '';
    setMissing(empty);
    if (!empty) setConfirming(true);
  }

  async function onConfirm() {
    try {
      await revoke({ variables: { input: { code, reason: reason.trim() } } });
      setConfirming(false);
      onRevoked();
    } catch {
      // Shown below from `error`; the certificate is unchanged.
      setConfirming(false);
    }
  }

  return (
    <form
      className="form narrow"
      aria-label="Revoke this certificate"
      onSubmit={onSubmit}
      noValidate
    >
      <TextAreaField
        label="Reason for revoking"
        name="reason"
        rows={3}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        hint="Kept in the audit trail. Never shown to people who verify the certificate."
        error={missing ? 'Give the reason for revoking.' : errors['reason']}
      />
      {error && !errors['reason'] && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button type="submit" variant="danger">
          Revoke certificate
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Revoke certificate ${code}?`}
        confirmLabel="Revoke"
        busy={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The certificate of {holderName} will show as REVOKED to anyone who verifies it, from now
          on. This cannot be undone.
        </p>
      </ConfirmDialog>
    </form>
  );
}
