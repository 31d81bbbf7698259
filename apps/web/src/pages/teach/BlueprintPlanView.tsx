import { Badge } from '../../ui/Badge';
import { retakeSentence } from './blueprint-draft';
import { TableWrap } from './TableWrap';
import './credit/credit.css';

interface Plan {
  freshAttempts: number;
  retakesMayRepeat: boolean;
  problems: readonly string[];
  rows: readonly { objective: string; count: number; poolSize: number }[];
}

/** How every attempt draws, objective by objective, and whether the bank can fill it. */
export function BlueprintPlanView({
  plan,
  maxAttempts,
  authored,
  objectives,
  quizTitle,
}: {
  plan: Plan;
  maxAttempts: number | null;
  /** The author's own blueprint, or the one the bank shares out. */
  authored: boolean;
  objectives: readonly { key: string; text: string }[];
  quizTitle: string;
}) {
  const textOf = new Map(objectives.map((objective) => [objective.key, objective.text]));
  return (
    <div className="blueprint-plan">
      <p>
        <strong>{authored ? 'Blueprint' : 'Draw shared out by the bank'}</strong>{' '}
        {plan.problems.length === 0 ? (
          <Badge tone="ok">The bank can fill it</Badge>
        ) : (
          <Badge tone="danger">The bank cannot fill it</Badge>
        )}
      </p>
      {plan.problems.length > 0 && (
        <ul>
          {plan.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {plan.rows.length > 0 && (
        <TableWrap label={`Blueprint of ${quizTitle}`}>
          <table className="data">
            <caption className="sr-only">Questions of each objective in every attempt</caption>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">In every attempt</th>
                <th scope="col">In the bank</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <tr key={row.objective}>
                  <th scope="row">
                    {textOf.get(row.objective) ?? row.objective}{' '}
                    <span className="muted code">{row.objective}</span>
                  </th>
                  <td>{row.count}</td>
                  <td className={row.poolSize < row.count ? 'credit-flagged' : undefined}>
                    {row.poolSize}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>{retakeSentence(plan, maxAttempts)}</p>
    </div>
  );
}
