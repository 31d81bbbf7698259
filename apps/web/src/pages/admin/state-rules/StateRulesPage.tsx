import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { RuleVersionFieldsFragment } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { date, plural } from '../../../ui/format';
import { RecordRuleForm } from './RecordRuleForm';
import { RuleHistory } from './RuleHistory';
import { emptyRule, fromVersion } from './rule-form';
import { checkedOn, figure, STATUS_LOOK, yesNo } from './rule-words';
import { AdminDryNeedlingRulesDocument } from './state-rule-documents';
import './state-rules.css';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Dry needling rules by state (platform admins): each state's version in force today, its
 * history, and a form to record a new version when a board or legislature changes the rule.
 */
export function StateRulesPage() {
  const result = useQuery(AdminDryNeedlingRulesDocument);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  // A new key restarts the form from the version chosen (or empty).
  const [draft, setDraft] = useState(() => ({ key: 0, values: emptyRule(today()) }));
  const [recorded, setRecorded] = useState<string>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const historyHeading = useRef<HTMLHeadingElement>(null);

  function startFrom(version: RuleVersionFieldsFragment) {
    setRecorded(undefined);
    setDraft((before) => ({ key: before.key + 1, values: fromVersion(version, today()) }));
    requestAnimationFrame(() => formHeading.current?.focus());
  }

  function showHistory(state: string) {
    setHistoryOf(state);
    requestAnimationFrame(() => historyHeading.current?.focus());
  }

  return (
    <Page
      title="Dry needling rules by state"
      lead="The rule in force today in each state, every earlier version, and new versions as boards change them. Learners and clinics see these answers with the date each rule was checked."
    >
      <section className="section" aria-labelledby="rules-title">
        <h2 id="rules-title">In force today</h2>
        <QueryState result={result} label="Loading the rules">
          {({ dryNeedlingRules: rules }) => (
            <div className="table-wrap">
              <table className="data state-rules">
                <caption className="sr-only">
                  {plural(rules.length, 'state')}: the rule in force today
                </caption>
                <thead>
                  <tr>
                    <th scope="col">State</th>
                    <th scope="col">Status</th>
                    <th scope="col">Training</th>
                    <th scope="col">Practical exam</th>
                    <th scope="col">Years licensed</th>
                    <th scope="col">Supervised sessions</th>
                    <th scope="col">Requirements confirmed</th>
                    <th scope="col">Checked</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rules.map((rule) => (
                    <tr key={rule.id}>
                      <th scope="row">
                        {rule.stateName} ({rule.state})
                      </th>
                      <td>
                        <Badge tone={STATUS_LOOK[rule.status].tone}>
                          {STATUS_LOOK[rule.status].words}
                        </Badge>
                      </td>
                      <td>
                        {figure(rule.trainingHours, ' h')}
                        {rule.inPersonHours !== null && `, ${rule.inPersonHours} h in person`}
                      </td>
                      <td>{yesNo(rule.practicalExam)}</td>
                      <td>{figure(rule.yearsLicensed)}</td>
                      <td>{figure(rule.supervisedSessions)}</td>
                      <td>{rule.requirementsConfirmed ? 'Yes' : 'No: check with the board'}</td>
                      <td>{date(checkedOn(rule.sources))}</td>
                      <td>
                        <div className="actions">
                          <Button variant="link" onClick={() => showHistory(rule.state)}>
                            History<span className="sr-only"> of {rule.stateName}</span>
                          </Button>
                          <Button variant="link" onClick={() => startFrom(rule)}>
                            New version<span className="sr-only"> of {rule.stateName}</span>
                          </Button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
      {historyOf && (
        <section className="section" aria-labelledby="history-title">
          <h2 id="history-title" ref={historyHeading} tabIndex={-1}>
            History of {historyOf}
          </h2>
          <RuleHistory state={historyOf} />
        </section>
      )}
      <section className="section" aria-labelledby="record-title">
        <h2 id="record-title" ref={formHeading} tabIndex={-1}>
          Record a new version
        </h2>
        <p className="muted">
          Earlier versions stay on record: answers for dates before the new one’s start do not
          change.
        </p>
        <div role="status">{recorded && <p className="notice notice-ok">✓ {recorded}</p>}</div>
        <RecordRuleForm
          key={draft.key}
          initial={draft.values}
          today={today()}
          onRecorded={(version) => {
            setRecorded(
              `The ${version.stateName} rule from ${date(version.effective)} is recorded${version.current ? ' and in force today' : ''}.`,
            );
            setHistoryOf(version.state);
            setDraft((before) => ({ key: before.key + 1, values: emptyRule(today()) }));
          }}
        />
      </section>
    </Page>
  );
}
