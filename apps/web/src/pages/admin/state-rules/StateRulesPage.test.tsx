import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../../auth/testing';
import {
  AdminDryNeedlingRuleHistoryDocument,
  AdminDryNeedlingRulesDocument,
  AdminRecordDryNeedlingRuleDocument,
} from '../../../gql/graphql';
import { date } from '../../../ui/format';
import { StateRulesPage } from './StateRulesPage';
import { ruleVersion } from './test-rules';

const CALIFORNIA = ruleVersion({
  id: 'r-ca',
  state: 'CA',
  stateName: 'California',
  status: 'NOT_PERMITTED',
  trainingHours: null,
  inPersonHours: null,
  practicalExam: null,
  yearsLicensed: null,
  supervisedSessions: null,
  requirementsConfirmed: false,
});

const rules = {
  request: { query: AdminDryNeedlingRulesDocument },
  maxUsageCount: 5,
  result: { data: { dryNeedlingRules: [CALIFORNIA, ruleVersion()] } },
};

const history = {
  request: { query: AdminDryNeedlingRuleHistoryDocument, variables: { state: 'FL' } },
  maxUsageCount: 3,
  result: {
    data: {
      dryNeedlingRuleHistory: [
        ruleVersion({ id: 'r-fl-0', effective: null, current: false, trainingHours: null }),
        ruleVersion({
          recordedByAdmin: true,
          reason: 'The board adopted rule 64B17-6.008.',
        }),
      ],
    },
  },
};

const show = (mocks: object[]) =>
  renderPage(<StateRulesPage />, {
    path: '/admin/state-rules',
    session: testSession(testUser({ roles: ['ADMIN'] })),
    mocks: mocks as never,
  });

describe('StateRulesPage', () => {
  it('lists each state’s rule in force with its figures, confirmation and checked date', async () => {
    show([rules]);
    const florida = await screen.findByRole('row', { name: /Florida \(FL\)/ });
    expect(florida.textContent).toContain('Permitted');
    expect(florida.textContent).toContain('70 h, 50 h in person');
    expect(florida.textContent).toContain(date('2026-12-04'));
    const california = screen.getByRole('row', { name: /California \(CA\)/ });
    expect(california.textContent).toContain('Not permitted');
    expect(california.textContent).toContain('No: check with the board');
    // A figure not set is never a zero.
    expect(within(california).getAllByText('not set').length).toBeGreaterThan(0);
  });

  it('shows a state’s history, the current version marked and the admin’s reason', async () => {
    show([rules, history]);
    fireEvent.click(await screen.findByRole('button', { name: 'History of Florida' }));
    const versions = await screen.findByRole('list', { name: 'Versions of the rule of FL' });
    const items = within(versions).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Before any dated version');
    expect(items[0]!.textContent).not.toContain('In force today');
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
    expect(items[1]!.textContent).toContain('In force today');
    expect(items[1]!.textContent).toContain('Reason: The board adopted rule 64B17-6.008.');
  });

  it('records a new version from the current one, and shows a refusal on the field it names', async () => {
    show([
      rules,
      {
        // Any input: what the form sent is not the point here, where the refusal lands is.
        request: { query: AdminRecordDryNeedlingRuleDocument, variables: () => true },
        result: {
          errors: [
            new GraphQLError('url must be a web address', {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'sources.1.url',
                problems: [
                  { field: 'sources.1.url', message: 'url must be a web address' },
                  { field: 'reason', message: 'reason must be 10 to 500 characters long' },
                ],
              },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'New version of Florida' }));
    const form = screen.getByRole('form', { name: 'Record a new version' });
    expect((within(form).getByLabelText('State') as HTMLSelectElement).value).toBe('FL');
    expect(
      (within(form).getByLabelText('Training hours, in total') as HTMLInputElement).value,
    ).toBe('70');
    fireEvent.click(within(form).getByRole('button', { name: 'Add a source' }));
    const second = within(form).getByRole('group', { name: 'Source 2' });
    fireEvent.change(within(second).getByLabelText('Web address'), {
      target: { value: 'not a url' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record this version' }));
    expect(await within(second).findByText('Url must be a web address')).toBeTruthy();
    expect(within(second).getByLabelText('Web address').getAttribute('aria-invalid')).toBe('true');
    const reason = within(form).getByLabelText(/Why this version is recorded/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const first = within(form).getByRole('group', { name: 'Source 1' });
    expect(within(first).getByLabelText('Web address').getAttribute('aria-invalid')).toBeNull();
  });

  it('records a new version, says so, and shows the state’s history with it', async () => {
    const recorded = ruleVersion({
      id: 'r-fl-2',
      effective: '2026-12-04',
      supervisedSessions: 20,
      recordedByAdmin: true,
      reason: 'The board amended the rule.',
    });
    show([
      rules,
      history,
      {
        request: {
          query: AdminRecordDryNeedlingRuleDocument,
          // What the form sends: the current version with the changed figure and the reason.
          variables: (variables: { input: Record<string, unknown> }) =>
            variables.input['state'] === 'FL' &&
            variables.input['supervisedSessions'] === 20 &&
            variables.input['trainingHours'] === 70 &&
            variables.input['reason'] === 'The board amended the rule.',
        },
        result: { data: { recordDryNeedlingRule: recorded } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'New version of Florida' }));
    const form = screen.getByRole('form', { name: 'Record a new version' });
    fireEvent.change(within(form).getByLabelText('Supervised sessions'), {
      target: { value: '20' },
    });
    fireEvent.change(within(form).getByLabelText(/Why this version is recorded/), {
      target: { value: 'The board amended the rule.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record this version' }));
    expect(
      await screen.findByText(
        `✓ The Florida rule from ${date('2026-12-04')} is recorded and in force today.`,
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('list', { name: 'Versions of the rule of FL' })).toBeTruthy();
    // The form starts again, empty.
    const fresh = screen.getByRole('form', { name: 'Record a new version' });
    expect((within(fresh).getByLabelText('State') as HTMLSelectElement).value).toBe('');
  });

  it('refuses a figure that is not a number before asking the API', async () => {
    show([rules]);
    fireEvent.click(await screen.findByRole('button', { name: 'New version of Florida' }));
    const form = screen.getByRole('form', { name: 'Record a new version' });
    fireEvent.change(within(form).getByLabelText('Supervised sessions'), {
      target: { value: 'twenty' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Record this version' }));
    expect(
      await within(form).findByText(
        'Enter a whole number, or leave it empty when the rule does not set it.',
      ),
    ).toBeTruthy();
  });
});
