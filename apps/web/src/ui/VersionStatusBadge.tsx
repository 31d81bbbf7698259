import type { CourseVersionStatus } from '../gql/graphql';
import { Badge } from './Badge';

/** A draft with a reviewer's comment was sent back: the authors must act on it. */
export function VersionStatusBadge({
  status,
  sentBack = false,
}: {
  status: CourseVersionStatus;
  sentBack?: boolean;
}) {
  switch (status) {
    case 'DRAFT':
      return sentBack ? <Badge tone="warn">Sent back</Badge> : <Badge tone="info">Draft</Badge>;
    case 'IN_REVIEW':
      return <Badge tone="warn">In review</Badge>;
    case 'PUBLISHED':
      return <Badge tone="ok">Published</Badge>;
    case 'RETIRED':
      return <Badge tone="neutral">Retired</Badge>;
  }
}
