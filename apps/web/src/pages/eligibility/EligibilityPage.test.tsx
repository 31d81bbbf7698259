import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  DryNeedlingEligibilityCheckDocument,
  MyDryNeedlingEligibilityDocument,
} from '../../gql/graphql';
import { EligibilityPage } from './EligibilityPage';
import { californiaAnswer, coloradoAnswer } from './test-answers';

const mine = (answers: unknown[]) => ({
  request: { query: MyDryNeedlingEligibilityDocument },
  maxUsageCount: 3,
  result: { data: { myDryNeedlingEligibility: answers } },
});

const show = (mocks: object[]) =>
  renderPage(<EligibilityPage />, {
    path: '/eligibility',
    session: testSession(testUser()),
    mocks: mocks as never,
  });

/** Picks a state and a date in the "check another state" form and submits it. */
function ask(state: string, onDate: string) {
  const form = screen.getByRole('form', { name: 'Check another state' });
  fireEvent.change(within(form).getByLabelText('State'), { target: { value: state } });
  fireEvent.change(within(form).getByLabelText(/^On/), { target: { value: onDate } });
  fireEvent.click(within(form).getByRole('button', { name: 'Check' }));
}

describe('EligibilityPage', () => {
  it('answers for the state of each license, each with its checked date and the reminder', async () => {
    show([mine([californiaAnswer(), coloradoAnswer()])]);
    const list = await screen.findByRole('list', { name: 'Answers by license state' });
    const california = within(list).getByRole('region', { name: 'Dry needling in California' });
    const colorado = within(list).getByRole('region', { name: 'Dry needling in Colorado' });
    expect(within(california).getByText('Not permitted')).toBeTruthy();
    expect(within(colorado).getByText('Requirements missing')).toBeTruthy();
    for (const card of [california, colorado]) {
      expect(card.textContent).toContain('Rules checked on:');
      expect(card.textContent).toContain('The state board decides who may dry needle.');
    }
  });

  it('sends a person with no license to add one on the account page', async () => {
    show([mine([])]);
    const link = await screen.findByRole('link', {
      name: 'Add your license on your account page',
    });
    expect(link.getAttribute('href')).toBe('/account#licenses-title');
  });

  it('checks another state on another date', async () => {
    show([
      mine([coloradoAnswer()]),
      {
        request: {
          query: DryNeedlingEligibilityCheckDocument,
          variables: { state: 'FL', onDate: '2027-01-15' },
        },
        result: {
          data: {
            dryNeedlingEligibility: coloradoAnswer({
              state: 'FL',
              stateName: 'Florida',
              onDate: '2027-01-15',
              verdict: 'ELIGIBLE',
            }),
          },
        },
      },
    ]);
    await screen.findByRole('region', { name: 'Dry needling in Colorado' });
    ask('FL', '2027-01-15');
    const answer = await screen.findByRole('region', { name: 'Dry needling in Florida' });
    expect(within(answer).getByText('Eligible')).toBeTruthy();
    expect(answer.textContent).toContain('The state board decides who may dry needle.');
  });

  it('asks for a state before asking the API, and shows the API’s refusal on its field', async () => {
    show([
      mine([coloradoAnswer()]),
      {
        request: {
          query: DryNeedlingEligibilityCheckDocument,
          variables: { state: 'GU', onDate: '2027-01-15' },
        },
        result: {
          errors: [
            new GraphQLError('No date like that: write it YYYY-MM-DD', {
              extensions: { code: 'BAD_USER_INPUT', field: 'onDate' },
            }),
          ],
        },
      },
    ]);
    await screen.findByRole('region', { name: 'Dry needling in Colorado' });
    ask('', '2027-01-15');
    expect(await screen.findByText('Choose the state to check.')).toBeTruthy();
    ask('GU', '2027-01-15');
    expect(await screen.findByText('No date like that: write it YYYY-MM-DD')).toBeTruthy();
    expect(screen.getByLabelText(/^On/).getAttribute('aria-invalid')).toBe('true');
  });
});
