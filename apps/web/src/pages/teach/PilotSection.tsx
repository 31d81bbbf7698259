import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { CreditReportFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { minutesText } from './credit/credit-format';
import { dateTime } from '../../ui/format';
import { RecordPilotForm } from './RecordPilotForm';
import { useEditToggle } from './useEditToggle';

const TeachClearPilotDocument = graphql(`
  mutation TeachClearPilot($lessonId: ID!) {
    clearLessonPilot(lessonId: $lessonId) {
      id
    }
  }
`);

type Timing = CreditReportFieldsFragment['lessons'][number];

/**
 * Evidence that learners need longer than the word count says: a timed pilot of three or
 * more testers from the audience, independent of the authors. It replaces the estimate for
 * the text it timed, and the reviewer sees it.
 */
export function PilotSection({
  lessonId,
  timing,
  editable,
}: {
  lessonId: string;
  timing: Timing | null;
  editable: boolean;
}) {
  const { editing, open, close, triggerId } = useEditToggle();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [clear, { loading: clearing }] = useMutation(TeachClearPilotDocument, {
    refetchQueries: ['TeachLessonEditor'],
    awaitRefetchQueries: true,
  });
  const pilot = timing?.pilot ?? null;

  async function onClear() {
    setError(undefined);
    try {
      await clear({ variables: { lessonId } });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <section className="section" aria-labelledby="pilot-heading">
      <div className="section-header">
        <h2 id="pilot-heading">Pilot timing</h2>
        {editable && !editing && (
          <Button id={triggerId} variant="secondary" onClick={open}>
            {pilot ? 'Record a new pilot' : 'Record a pilot'}
          </Button>
        )}
      </div>
      <FormError message={error} />
      {pilot ? (
        <div className={pilot.stale ? 'notice notice-warn' : 'notice notice-info'}>
          <p className="notice-title">
            {pilot.stale ? (
              <Badge tone="warn">Stale: the text changed after this pilot</Badge>
            ) : (
              <Badge tone="ok">Counts: replaces the word-count estimate</Badge>
            )}
          </p>
          <p>
            {pilot.testers} testers, median {minutesText(pilot.medianMinutes)}, recorded{' '}
            {dateTime(pilot.recordedAt)}.
          </p>
          <p className="pre-wrap">{pilot.note}</p>
          {pilot.stale && <p>Record a new pilot of the current text, or remove this one.</p>}
          {editable && (
            <Button variant="danger" className="button-small" onClick={() => setConfirming(true)}>
              Remove the pilot
            </Button>
          )}
        </div>
      ) : (
        <p>
          No pilot. The lesson is credited with its word-count estimate. If learners need longer
          (worked cases, figures to study), time at least three testers from the audience who are
          independent of the authors and not told the expected length, and record their median.
        </p>
      )}
      {editing && <RecordPilotForm lessonId={lessonId} onDone={close} />}
      <ConfirmDialog
        open={confirming}
        title="Remove this pilot?"
        confirmLabel="Remove pilot"
        busy={clearing}
        onConfirm={() => void onClear()}
        onCancel={() => setConfirming(false)}
      >
        The lesson’s word-count estimate counts again.
      </ConfirmDialog>
    </section>
  );
}
