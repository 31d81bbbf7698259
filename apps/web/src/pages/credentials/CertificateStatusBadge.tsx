import type { CertificateStatus } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  switch (status) {
    case 'VALID':
      return <Badge tone="ok">Valid</Badge>;
    case 'EXPIRED':
      return <Badge tone="warn">Expired</Badge>;
    case 'REVOKED':
      return <Badge tone="danger">Revoked</Badge>;
  }
}
