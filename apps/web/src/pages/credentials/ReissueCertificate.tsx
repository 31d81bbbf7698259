import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';

const ReissueCertificateDocument = graphql(`
  mutation ReissueCertificate($code: String!) {
    reissueCertificate(code: $code) {
      id
      code
    }
  }
`);

export interface Reissued {
  id: string;
  code: string;
  title: string;
  replaces: string;
}

interface Props {
  certificate: { code: string; title: string };
  onReissued: (reissued: Reissued) => void;
}

/**
 * For a certificate whose holder corrected their name or printed license since it was issued:
 * a new certificate with the details as they are now. The old code then verifies as replaced,
 * so the list is fetched again (it shows current certificates only).
 */
export function ReissueCertificate({ certificate, onReissued }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [reissue, { loading, error }] = useMutation(ReissueCertificateDocument, {
    refetchQueries: ['MyCertificates'],
    awaitRefetchQueries: true,
  });

  async function onConfirm() {
    try {
      const { data } = await reissue({ variables: { code: certificate.code } });
      if (data) {
        const { id, code } = data.reissueCertificate;
        onReissued({ id, code, title: certificate.title, replaces: certificate.code });
      }
    } catch {
      // Shown below from `error`; the certificate is unchanged.
    }
    setConfirming(false);
  }

  return (
    <div className="notice notice-warn">
      <p className="notice-title">
        Your name or license has changed since this certificate was issued.
      </p>
      <p>
        Reissuing prints your current name and license under a new code. Anyone who checks the old
        code is then told it was replaced, and pointed to the new one.
      </p>
      {error && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Reissue with my current details
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Reissue this certificate?"
        confirmLabel="Reissue"
        busy={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          “{certificate.title}” gets a new code and prints your name and license as your profile has
          them now. The code <span className="code">{certificate.code}</span> will verify as
          replaced by the new one.
        </p>
      </ConfirmDialog>
    </div>
  );
}
