import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { RecordSupervisedSessionDocument } from '../../gql/graphql';
import type { PracticeProgram } from './practice-programs';
import { SupervisedSessionForm } from './SupervisedSessionForm';

const PROGRAM: PracticeProgram = {
  id: 'p-1',
  title: 'Dry needling (hybrid)',
  handsOnRequirements: null,
  courses: [
    {
      id: 'c-1',
      authors: [
        { userId: 's-1', displayName: 'Avery Quinn, DPT' },
        // The learner wrote a course of the program: never offered as their own supervisor.
        { userId: 'u-1', displayName: 'Jordan Lee, PT' },
      ],
    },
    {
      id: 'c-2',
      authors: [{ userId: 's-1', displayName: 'Avery Quinn, DPT' }],
    },
  ],
};

const PHONE_REFUSED = 'Remove the phone number: the log must not identify the patient';
const NO_QUALIFIED_SUPERVISOR =
  'No supervisor with a recorded qualification uses this email: ask them to record their license and experience on their Confirm page first';

function recording(
  supervisor: { supervisorId: string } | { supervisorEmail: string },
  notes: string | null,
) {
  return {
    query: RecordSupervisedSessionDocument,
    variables: {
      input: {
        programId: 'p-1',
        sessionDate: '2026-11-30',
        bodyRegions: ['SHOULDER_GIRDLE'],
        muscles: ['upper trapezius', 'levator scapulae'],
        needleCount: 4,
        ...supervisor,
        notes,
      },
    },
  };
}

function fillIn(form: HTMLElement) {
  fireEvent.change(within(form).getByLabelText('Date of the session'), {
    target: { value: '2026-11-30' },
  });
  fireEvent.click(within(form).getByLabelText('Shoulder girdle'));
  fireEvent.change(within(form).getByLabelText('Muscles needled'), {
    target: { value: 'upper trapezius,\nlevator scapulae' },
  });
  fireEvent.change(within(form).getByLabelText('Number of needles'), { target: { value: '4' } });
}

function renderForm(mocks: MockLink.MockedResponse[]) {
  renderPage(
    <>
      <h2 id="record-title">Record a session</h2>
      <SupervisedSessionForm programs={[PROGRAM]} />
    </>,
    { path: '/practice/supervised', session: testSession(testUser()), mocks },
  );
  return screen.getByRole('form', { name: 'Record a session' });
}

describe('SupervisedSessionForm', () => {
  it('has no patient field and says why', () => {
    const form = renderForm([]);
    expect(
      within(form).getByText('No patient identifiers: the log is what a board sees'),
    ).toBeTruthy();
    expect(within(form).queryByLabelText(/patient/i)).toBeNull();
  });

  it("offers the program's instructors as supervisors, each once and never the learner", () => {
    const form = renderForm([]);
    const supervisor = within(form).getByLabelText('Supervisor');
    const names = within(supervisor)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names).toEqual([
      'Choose who supervised it…',
      'Avery Quinn, DPT',
      'Someone else (by email)',
    ]);
  });

  it("shows the API's refusal of a phone number beside the notes, and records nothing", async () => {
    const form = renderForm([
      {
        request: recording({ supervisorId: 's-1' }, 'Call back on 303-555-0147'),
        result: {
          errors: [
            new GraphQLError(PHONE_REFUSED, {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'notes',
                reason: 'PATIENT_IDENTIFIER',
                problems: [{ field: 'notes', message: PHONE_REFUSED, code: 'PATIENT_IDENTIFIER' }],
              },
            }),
          ],
        },
      },
    ]);
    fillIn(form);
    fireEvent.change(within(form).getByLabelText('Supervisor'), { target: { value: 's-1' } });
    fireEvent.change(within(form).getByLabelText('Notes (optional)'), {
      target: { value: 'Call back on 303-555-0147' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record session' }));
    const message = await within(form).findByText(PHONE_REFUSED);
    const notes = within(form).getByLabelText('Notes (optional)');
    expect(notes.getAttribute('aria-invalid')).toBe('true');
    expect(notes.getAttribute('aria-describedby')).toContain(message.parentElement!.id);
    // What was typed stays, so the learner can correct it.
    expect((notes as HTMLTextAreaElement).value).toBe('Call back on 303-555-0147');
    expect(screen.queryByText(/^Recorded\./)).toBeNull();
  });

  it('names a supervisor the list lacks by email, and says they must be qualified first', async () => {
    const form = renderForm([
      {
        request: recording({ supervisorEmail: 'casey.morgan@example.com' }, null),
        result: {
          data: {
            recordSupervisedSession: {
              __typename: 'SupervisedSession',
              id: 'ss-1',
              status: 'PENDING',
              supervisorName: 'Casey Morgan, PT',
            },
          },
        },
      },
    ]);
    fillIn(form);
    fireEvent.change(within(form).getByLabelText('Supervisor'), { target: { value: 'other' } });
    const email = within(form).getByLabelText("Supervisor's email");
    expect(email.getAttribute('type')).toBe('email');
    expect(within(form).getByText(/must have recorded their license/)).toBeTruthy();
    fireEvent.change(email, { target: { value: ' casey.morgan@example.com ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record session' }));
    expect(
      await screen.findByText('Recorded. It waits for Casey Morgan, PT to confirm it.'),
    ).toBeTruthy();
  });

  it('asks for what is missing before sending anything', () => {
    const form = renderForm([]);
    fireEvent.click(within(form).getByRole('button', { name: 'Record session' }));
    expect(within(form).getByText('Tick at least one region.')).toBeTruthy();
    expect(within(form).getByText('Name at least one muscle.')).toBeTruthy();
    expect(within(form).getByText('Choose who supervised the session.')).toBeTruthy();
  });

  it("shows the API's refusal of an unqualified supervisor's email beside the email", async () => {
    const form = renderForm([
      {
        request: recording({ supervisorEmail: 'someone@example.com' }, null),
        result: {
          errors: [
            new GraphQLError(NO_QUALIFIED_SUPERVISOR, {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'supervisorEmail',
                problems: [{ field: 'supervisorEmail', message: NO_QUALIFIED_SUPERVISOR }],
              },
            }),
          ],
        },
      },
    ]);
    fillIn(form);
    fireEvent.change(within(form).getByLabelText('Supervisor'), { target: { value: 'other' } });
    fireEvent.change(within(form).getByLabelText("Supervisor's email"), {
      target: { value: 'someone@example.com' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record session' }));
    const message = await within(form).findByText(NO_QUALIFIED_SUPERVISOR);
    const email = within(form).getByLabelText("Supervisor's email");
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(message.parentElement!.id);
    expect(screen.queryByText(/^Recorded\./)).toBeNull();
  });

  it('asks for the email when the supervisor is someone else', () => {
    const form = renderForm([]);
    fillIn(form);
    fireEvent.change(within(form).getByLabelText('Supervisor'), { target: { value: 'other' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record session' }));
    expect(within(form).getByText("Enter your supervisor's email.")).toBeTruthy();
  });
});
