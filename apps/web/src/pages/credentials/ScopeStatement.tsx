import type { CredentialKind } from '../../gql/graphql';
import { CREDENTIAL_KIND_LABEL } from './credit';

/**
 * What a credential is and what it does not attest, set apart so nobody reads a certificate
 * of coursework as a licence to practise a technique.
 */
export function ScopeStatement({
  kind,
  statement,
  label = 'What this certifies',
}: {
  kind: CredentialKind;
  statement: string;
  label?: string;
}) {
  return (
    <div className="notice notice-info scope-statement">
      <p className="notice-title">
        {label}: {CREDENTIAL_KIND_LABEL[kind]}
      </p>
      {statement.trim() && <p>{statement}</p>}
    </div>
  );
}
