import type { ComplianceStatus } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { STATUS_LOOK } from './status';

export function StatusBadge({ status }: { status: ComplianceStatus }) {
  const { tone, words } = STATUS_LOOK[status];
  return <Badge tone={tone}>{words}</Badge>;
}
