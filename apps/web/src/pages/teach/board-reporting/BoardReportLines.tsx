import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { BoardReportResult, CourseBoardReportQuery } from '../../../gql/graphql';
import { type FieldErrors, showSubmitError } from '../../../graphql/errors';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { FormError, SelectField, TextField } from '../../../ui/Field';
import { professionLabel, STATUS_WORDS } from './board-words';

export const RecordBoardReportResultDocument = graphql(`
  mutation RecordBoardReportResult($lineIds: [ID!]!, $status: BoardReportResult!, $reason: String) {
    recordBoardReportResult(lineIds: $lineIds, status: $status, reason: $reason) {
      id
      status
      reason
    }
  }
`);

type Line = CourseBoardReportQuery['courseBoardReport']['lines']['edges'][number]['node'];

const ANSWERED = new Set(['EXPORTED', 'ACCEPTED', 'REJECTED']);

/** The lines, each exported one with a box to tick, and the form for CE Broker's answer. */
export function BoardReportLines({ lines }: { lines: Line[] }) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (lines.length === 0) return <p role="status">No completion to show.</p>;
  const toggle = (id: string) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <div className="table-wrap">
        <table className="data">
          <caption className="sr-only">Completions and their report status</caption>
          <thead>
            <tr>
              <th scope="col">Choose</th>
              <th scope="col">Licensee</th>
              <th scope="col">License</th>
              <th scope="col">Completed</th>
              <th scope="col">Hours</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <td>
                  {ANSWERED.has(line.status) && (
                    <input
                      type="checkbox"
                      aria-label={`Choose ${line.holderName}`}
                      checked={chosen.has(line.id)}
                      onChange={() => toggle(line.id)}
                    />
                  )}
                </td>
                <td>{line.holderName}</td>
                <td>
                  {line.licenseNumber ?? '—'} ({line.state}, {professionLabel(line.profession)})
                </td>
                <td>{line.completedOn}</td>
                <td>{line.ceHours.toFixed(2)}</td>
                <td>
                  <Badge tone={STATUS_WORDS[line.status].tone}>
                    {STATUS_WORDS[line.status].label}
                  </Badge>
                  {line.reason && <p className="muted">{line.reason}</p>}
                  {line.note && <p className="muted">{line.note}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ResultForm lineIds={[...chosen]} onRecorded={() => setChosen(new Set())} />
    </>
  );
}

function ResultForm({ lineIds, onRecorded }: { lineIds: string[]; onRecorded: () => void }) {
  const [status, setStatus] = useState<BoardReportResult>('ACCEPTED');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [record, { loading }] = useMutation(RecordBoardReportResultDocument, {
    refetchQueries: ['CourseBoardReport'],
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(undefined);
    setDone(undefined);
    try {
      await record({
        variables: { lineIds, status, reason: status === 'REJECTED' ? reason : null },
      });
      setDone(`Recorded for ${lineIds.length} completion(s).`);
      setReason('');
      onRecorded();
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form
      className="form"
      aria-labelledby="record-result"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id="record-result">Record CE Broker&apos;s answer</h3>
      <FormError message={formError ?? errors['lineIds']} />
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <SelectField
        label="Answer for the chosen completions"
        value={status}
        onChange={(event) => setStatus(event.target.value as BoardReportResult)}
      >
        <option value="ACCEPTED">Accepted</option>
        <option value="REJECTED">Rejected</option>
      </SelectField>
      {status === 'REJECTED' && (
        <TextField
          label="CE Broker's reason"
          required
          maxLength={500}
          value={reason}
          error={errors['reason']}
          onChange={(event) => setReason(event.target.value)}
        />
      )}
      <Button type="submit" busy={loading} busyLabel="Recording" disabled={lineIds.length === 0}>
        Record answer ({lineIds.length} chosen)
      </Button>
    </form>
  );
}
