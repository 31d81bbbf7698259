import { Link } from 'react-router';
import { Badge } from '../../../ui/Badge';
import { sentence } from './credit-format';
import type { ProblemLink } from './problem-links';

export interface ListedProblem {
  code: string;
  field: string;
  message: string;
  overridden?: boolean;
}

/** Every credit gate a version fails, in words, each with where to fix it when known. */
export function GateProblemList({
  problems,
  linkFor,
  empty = 'The version passes every credit gate.',
  blockingLabel = 'Blocks submission',
}: {
  problems: readonly ListedProblem[];
  linkFor?: (field: string) => ProblemLink | null;
  empty?: string;
  /** The badge of a problem not overridden: what it stops. */
  blockingLabel?: string;
}) {
  if (problems.length === 0) {
    return (
      <p>
        <Badge tone="ok">No problems</Badge> {empty}
      </p>
    );
  }
  return (
    <ul className="gate-problems">
      {problems.map((problem, index) => {
        const link = linkFor?.(problem.field);
        return (
          <li key={`${problem.field}-${index}`}>
            {problem.overridden ? (
              <Badge tone="info">Overridden by an admin</Badge>
            ) : (
              <Badge tone="danger">{blockingLabel}</Badge>
            )}{' '}
            {sentence(problem.message)}
            {link && (
              <>
                {' '}
                <Link to={link.to}>{link.label}</Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
