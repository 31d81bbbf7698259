import { graphql } from '../../../gql';
import type { BankChecksFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { bankStatLines } from './bank-stats';
import { sentence } from './credit-format';
import './credit.css';

// Spread into the author's bank page and the reviewer's version page.
graphql(`
  fragment BankChecksFields on QuestionBankChecks {
    singleChoice
    longestKeys
    longestKeyLimit
    chanceShare
    trueFalse
    falseKeys
    keyPositions
    findings {
      code
      limit
      message
    }
    items {
      questionId
      warnings {
        code
        message
      }
    }
  }
`);

/**
 * The bank's item-writing findings (a limit blocks submission, the rest are warnings) and
 * the figures they rest on: how often the longest option is the key, true/false balance.
 */
export function BankChecks({
  checks,
  headingLevel = 2,
  headingId,
}: {
  checks: BankChecksFieldsFragment;
  headingLevel?: 2 | 3 | 4;
  headingId?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  const stats = bankStatLines(checks);
  return (
    <>
      <Heading id={headingId}>Item-writing checks</Heading>
      {checks.findings.length === 0 ? (
        <p>
          <Badge tone="ok">No findings</Badge> The bank gives a guesser no cue the checks look for.
        </p>
      ) : (
        <ul className="bank-findings">
          {checks.findings.map((finding) => (
            <li key={finding.code}>
              {finding.limit ? (
                <Badge tone="danger">Blocks submission</Badge>
              ) : (
                <Badge tone="warn">Warning</Badge>
              )}{' '}
              {sentence(finding.message)}
            </li>
          ))}
        </ul>
      )}
      <ul className="meta bank-stats">
        {stats.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
