import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { Profession } from '../../../gql/graphql';
import { type FieldErrors, showSubmitError } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, SelectField, TextField } from '../../../ui/Field';
import { QueryState } from '../../../ui/QueryState';
import { REPORTED_PROFESSIONS } from './board-words';

export const CourseBoardReportingDocument = graphql(`
  query CourseBoardReporting($courseId: ID!) {
    courseBoardReporting(courseId: $courseId) {
      courseId
      providerNumber
      courseNumber
      boards {
        state
        profession
      }
    }
  }
`);

export const SetCourseBoardReportingDocument = graphql(`
  mutation SetCourseBoardReporting($input: SetCourseBoardReportingInput!) {
    setCourseBoardReporting(input: $input) {
      courseId
      providerNumber
      courseNumber
      boards {
        state
        profession
      }
    }
  }
`);

interface BoardDraft {
  state: string;
  profession: Profession;
}

interface Draft {
  providerNumber: string;
  courseNumber: string;
  boards: BoardDraft[];
}

const NEW_BOARD: BoardDraft = { state: '', profession: 'PHYSICAL_THERAPIST' };

export function BoardReportingSettingsForm({ courseId }: { courseId: string }) {
  const result = useQuery(CourseBoardReportingDocument, { variables: { courseId } });
  return (
    <QueryState result={result} label="Loading the settings">
      {({ courseBoardReporting: saved }) => (
        <SettingsForm
          courseId={courseId}
          initial={
            saved
              ? {
                  providerNumber: saved.providerNumber,
                  courseNumber: saved.courseNumber,
                  boards: saved.boards.map(({ state, profession }) => ({ state, profession })),
                }
              : { providerNumber: '50-', courseNumber: '20-', boards: [NEW_BOARD] }
          }
        />
      )}
    </QueryState>
  );
}

/**
 * CE Broker's numbers for the provider and the course, and the boards (state and profession)
 * completions go to. Saving brings in the course's certificates already issued; the API's
 * refusals land beside the field they name.
 */
function SettingsForm({ courseId, initial }: { courseId: string; initial: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [save, { loading }] = useMutation(SetCourseBoardReportingDocument, {
    refetchQueries: ['CourseBoardReport'],
  });

  const setBoard = (index: number, changes: Partial<BoardDraft>) =>
    setDraft((old) => ({
      ...old,
      boards: old.boards.map((board, i) => (i === index ? { ...board, ...changes } : board)),
    }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(undefined);
    setDone(undefined);
    setErrors({});
    try {
      await save({
        variables: {
          input: {
            courseId,
            providerNumber: draft.providerNumber.trim(),
            courseNumber: draft.courseNumber.trim(),
            boards: draft.boards.map((board) => ({
              state: board.state.trim().toUpperCase(),
              profession: board.profession,
            })),
          },
        },
      });
      setDone('Saved. Completions of this course are now reported to these boards.');
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError message={formError} />
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <TextField
        label="CE Broker provider number"
        hint="Your provider tracking number in CE Broker: 50- followed by digits."
        required
        value={draft.providerNumber}
        error={errors['providerNumber']}
        onChange={(event) => setDraft({ ...draft, providerNumber: event.target.value })}
      />
      <TextField
        label="CE Broker course number"
        hint="The course's tracking number in CE Broker: 20- followed by digits."
        required
        value={draft.courseNumber}
        error={errors['courseNumber']}
        onChange={(event) => setDraft({ ...draft, courseNumber: event.target.value })}
      />
      <fieldset className="fieldset">
        <legend>Boards reported to</legend>
        <FormError message={errors['boards']} />
        {draft.boards.map((board, i) => (
          <div className="field-row" key={i}>
            <TextField
              label={`State of board ${i + 1}`}
              hint="Two letters, e.g. FL."
              maxLength={2}
              value={board.state}
              error={errors[`boards.${i}.state`] ?? errors[`boards.${i}`]}
              onChange={(event) => setBoard(i, { state: event.target.value })}
            />
            <SelectField
              label={`Profession of board ${i + 1}`}
              value={board.profession}
              onChange={(event) => setBoard(i, { profession: event.target.value as Profession })}
            >
              {REPORTED_PROFESSIONS.map((profession) => (
                <option key={profession.value} value={profession.value}>
                  {profession.label}
                </option>
              ))}
            </SelectField>
            {draft.boards.length > 1 && (
              <Button
                variant="secondary"
                type="button"
                onClick={() =>
                  setDraft({ ...draft, boards: draft.boards.filter((_, at) => at !== i) })
                }
              >
                Remove board {i + 1}
              </Button>
            )}
          </div>
        ))}
        <Button
          variant="secondary"
          type="button"
          onClick={() => setDraft({ ...draft, boards: [...draft.boards, NEW_BOARD] })}
        >
          Add a board
        </Button>
      </fieldset>
      <Button type="submit" busy={loading} busyLabel="Saving">
        Save settings
      </Button>
    </form>
  );
}
