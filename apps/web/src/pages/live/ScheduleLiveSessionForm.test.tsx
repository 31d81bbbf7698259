import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { ScheduleLiveSessionDocument } from '../../gql/graphql';
import { ScheduleLiveSessionForm } from './ScheduleLiveSessionForm';

type Mock = MockLink.MockedResponse;

const COURSES = [
  { id: 'c-1', title: 'Dry needling foundations' },
  { id: 'c-2', title: 'Needling safety refresher' },
];

const INPUT = {
  courseId: 'c-2',
  kind: 'LAB' as const,
  title: 'Upper trapezius lab',
  venue: '12 Main St, Denver',
  joinUrl: null,
  startsAt: new Date('2027-03-10T09:00').toISOString(),
  endsAt: new Date('2027-03-10T17:00').toISOString(),
  capacity: 20,
  instructors: 1,
  learnersPerInstructor: 6,
  registrationCutoffHours: 24,
};

function schedule(result: NonNullable<Mock['result']>): Mock {
  return { request: { query: ScheduleLiveSessionDocument, variables: { input: INPUT } }, result };
}

function fill() {
  fireEvent.change(screen.getByLabelText('Course'), { target: { value: 'c-2' } });
  fireEvent.change(screen.getByLabelText('Title'), { target: { value: INPUT.title } });
  fireEvent.change(screen.getByLabelText('Venue'), { target: { value: INPUT.venue } });
  fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2027-03-10T09:00' } });
  fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2027-03-10T17:00' } });
  fireEvent.change(screen.getByLabelText('Seats'), { target: { value: '20' } });
  fireEvent.change(screen.getByLabelText('Learners per instructor'), { target: { value: '6' } });
}

function renderForm(mocks: Mock[], onScheduled = vi.fn()) {
  renderPage(
    <ScheduleLiveSessionForm courses={COURSES} courseId="c-1" onScheduled={onScheduled} />,
    {
      path: '/teach/live',
      session: testSession(testUser({ roles: ['LEARNER', 'INSTRUCTOR'] })),
      mocks,
    },
  );
  return onScheduled;
}

describe('ScheduleLiveSessionForm', () => {
  it('shows the API’s refusal beside the field it names, and keeps what was typed', async () => {
    renderForm([
      schedule({
        errors: [
          new GraphQLError('1 instructor(s) at 1 per 6 learners can supervise at most 6 seats', {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'capacity',
              problems: [
                {
                  field: 'capacity',
                  message: '1 instructor(s) at 1 per 6 learners can supervise at most 6 seats',
                },
              ],
            },
          }),
        ],
      }),
    ]);
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Schedule session' }));
    const error = await screen.findByText(/can supervise at most 6 seats/);
    const seats = screen.getByLabelText('Seats');
    expect(seats.getAttribute('aria-invalid')).toBe('true');
    expect(seats.getAttribute('aria-describedby')).toContain(error.closest('p')!.id);
    expect((seats as HTMLInputElement).value).toBe('20');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for a link instead of a venue for a webinar, and checks numbers before sending', async () => {
    renderForm([]);
    fireEvent.click(screen.getByLabelText('Live webinar'));
    expect(screen.queryByLabelText('Venue')).toBeNull();
    expect(screen.getByLabelText('Join link')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Seats'), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule session' }));
    expect(await screen.findByText('Seats must be a whole number')).toBeTruthy();
    expect(screen.getByText('Choose the start date and time')).toBeTruthy();
  });

  it('schedules, says so, and shows the course’s sessions', async () => {
    const onScheduled = renderForm([
      schedule({
        data: {
          scheduleLiveSession: {
            __typename: 'LiveSession',
            id: 's-1',
            courseId: 'c-2',
            title: INPUT.title,
            startsAt: INPUT.startsAt,
            endsAt: INPUT.endsAt,
          },
        },
      }),
    ]);
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Schedule session' }));
    expect(await screen.findByText(/^Scheduled “Upper trapezius lab”/)).toBeTruthy();
    expect(onScheduled).toHaveBeenCalledWith('c-2');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');
  });
});
