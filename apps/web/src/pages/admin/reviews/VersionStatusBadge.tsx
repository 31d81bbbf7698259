import type { CourseVersionStatus } from '../../../gql/graphql';
import { Badge, type Tone } from '../../../ui/Badge';

const LOOK: Record<CourseVersionStatus, { tone: Tone; words: string }> = {
  DRAFT: { tone: 'neutral', words: 'Draft' },
  IN_REVIEW: { tone: 'info', words: 'In review' },
  PUBLISHED: { tone: 'ok', words: 'Published' },
  RETIRED: { tone: 'neutral', words: 'Retired' },
};

export function VersionStatusBadge({ status }: { status: CourseVersionStatus }) {
  const { tone, words } = LOOK[status];
  return <Badge tone={tone}>{words}</Badge>;
}
