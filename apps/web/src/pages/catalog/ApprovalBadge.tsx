import type { ApprovalStatus } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';

export function ApprovalBadge({ status }: { status: ApprovalStatus }) {
  switch (status) {
    case 'ACTIVE':
      return <Badge tone="ok">Active</Badge>;
    case 'PENDING':
      return <Badge tone="info">Not yet in force</Badge>;
    case 'EXPIRED':
      return <Badge tone="warn">Expired</Badge>;
  }
}
