import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  AccountLicensesDocument,
  RemoveLicenseDocument,
  SaveLicenseDocument,
} from '../../gql/graphql';
import { LicensesSection } from './LicensesSection';

const COLORADO = {
  __typename: 'License' as const,
  id: 'l-1',
  state: 'CO',
  profession: 'PHYSICAL_THERAPIST' as const,
  number: 'PT-990011',
  issuedOn: null,
  expiresOn: null,
  primary: true,
  status: 'ACTIVE' as const,
  effectiveStatus: 'ACTIVE' as const,
  numberCheck: {
    __typename: 'LicenseNumberCheck' as const,
    status: 'UNCHECKED' as const,
    message:
      'Not checked against a published format. No Colorado (DORA) page showing a physical therapy license number was found.',
    sourceUrl: null,
  },
};

const licenses: MockLink.MockedResponse = {
  request: { query: AccountLicensesDocument },
  // StrictMode mounts the page twice, and each mount asks.
  maxUsageCount: 2,
  result: { data: { me: { __typename: 'User', id: 'u-1', licenses: [COLORADO] } } },
};

/** The correction the form sends when only the number is changed, to `number`. */
function correction(number: string, status = 'ACTIVE') {
  return {
    query: SaveLicenseDocument,
    variables: {
      input: {
        id: 'l-1',
        state: 'CO',
        profession: 'PHYSICAL_THERAPIST',
        number,
        issuedOn: null,
        expiresOn: null,
        status,
      },
    },
  };
}

/** The account as the API answers a license change: its session fields and the licenses. */
function account(license: typeof COLORADO) {
  return {
    __typename: 'User' as const,
    ...testUser({ licenseNumber: license.number, licenseState: license.state }),
    licenses: [license],
  };
}

async function correctNumber(to: string) {
  fireEvent.click(
    await screen.findByRole('button', { name: 'Correct: Colorado — Physical therapist' }),
  );
  const form = screen.getByRole('form', { name: 'Correct this license' });
  fireEvent.change(within(form).getByLabelText('License number'), { target: { value: to } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save the correction' }));
  return form;
}

describe('LicensesSection', () => {
  // Where the test DOM has <dialog> without its modal methods, they open and close it.
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  it('lists the licenses, the printed one marked, each with its state by name', async () => {
    renderPage(<LicensesSection />, {
      path: '/account',
      session: testSession(testUser()),
      mocks: [licenses],
    });
    const list = await screen.findByRole('list', { name: 'Licenses' });
    const item = within(list).getByRole('listitem', { name: 'Colorado — Physical therapist' });
    expect(item.textContent).toContain('Printed on certificates');
    expect(item.textContent).toContain('PT-990011');
    // Already the printed one: nothing to choose.
    expect(within(item).queryByRole('button', { name: /^Print this one/ })).toBeNull();
  });

  it('shows each license with its status, renewal date and the check of its number', async () => {
    const florida = {
      ...COLORADO,
      id: 'l-2',
      state: 'FL',
      number: 'PT0001665',
      expiresOn: '2026-11-30',
      primary: false,
      effectiveStatus: 'EXPIRED' as const,
      numberCheck: {
        __typename: 'LicenseNumberCheck' as const,
        status: 'VALID' as const,
        message:
          'Matches the published format: the letters PT followed by the digits of the license',
        sourceUrl: 'http://elawyers.us/similarcases?caseid=1347337',
      },
    };
    renderPage(<LicensesSection />, {
      path: '/account',
      session: testSession(testUser()),
      mocks: [
        {
          ...licenses,
          result: {
            data: { me: { __typename: 'User', id: 'u-1', licenses: [COLORADO, florida] } },
          },
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Licenses' });
    const colorado = within(list).getByRole('listitem', { name: 'Colorado — Physical therapist' });
    expect(colorado.textContent).toContain('Not checked against a published format');
    expect(colorado.textContent).toContain('No Colorado (DORA) page');
    expect(colorado.textContent).toMatch(/Status.*Active/);
    expect(
      within(colorado).queryByRole('link', { name: 'Where the format is published' }),
    ).toBeNull();

    const fl = within(list).getByRole('listitem', { name: 'Florida — Physical therapist' });
    expect(fl.textContent).toContain('Matches the published format');
    expect(fl.textContent).toContain('Expired: past its renewal date');
    expect(fl.textContent).toContain('Renewal date');
    expect(
      within(fl).getByRole('link', { name: 'Where the format is published' }).getAttribute('href'),
    ).toBe(florida.numberCheck.sourceUrl);
  });

  it('sends the status chosen on the form, and shows the published format when refused', async () => {
    const message =
      'License numbers in this state are the letters PT followed by the digits of the license, for example PT0001665';
    renderPage(<LicensesSection />, {
      path: '/account',
      session: testSession(testUser()),
      mocks: [
        licenses,
        {
          request: correction('990011', 'SUSPENDED'),
          result: {
            errors: [
              new GraphQLError(message, {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'number',
                  problems: [{ field: 'number', message }],
                },
              }),
            ],
          },
        },
      ],
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Correct: Colorado — Physical therapist' }),
    );
    const form = screen.getByRole('form', { name: 'Correct this license' });
    expect((within(form).getByLabelText('Status') as HTMLSelectElement).value).toBe('ACTIVE');
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'SUSPENDED' } });
    fireEvent.change(within(form).getByLabelText('License number'), {
      target: { value: '990011' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the correction' }));
    expect(await within(form).findByText(message)).toBeTruthy();
    expect(within(form).getByLabelText('License number').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a refused license number by its field, in the words the API chose', async () => {
    const session = testSession(testUser());
    renderPage(<LicensesSection />, {
      path: '/account',
      session,
      mocks: [
        licenses,
        {
          request: correction('PT#990011'),
          result: {
            errors: [
              new GraphQLError('License number is not valid', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'number',
                  problems: [{ field: 'number', message: 'License number is not valid' }],
                },
              }),
            ],
          },
        },
      ],
    });
    const form = await correctNumber('PT#990011');
    expect(await within(form).findByText('License number is not valid')).toBeTruthy();
    const number = within(form).getByLabelText('License number');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(number.getAttribute('aria-describedby')).toContain(
      within(form).getByText('License number is not valid').parentElement!.id,
    );
    // Nothing else is blamed, and the form stays open with what was typed.
    expect(within(form).getByLabelText('State').getAttribute('aria-invalid')).toBeNull();
    expect((number as HTMLInputElement).value).toBe('PT#990011');
    expect(session.getState()).toMatchObject({ user: { licenseNumber: 'PT-990011' } });
  });

  it('saves a correction: says so, points to reissuing, and the session prints the new number', async () => {
    const session = testSession(testUser());
    const corrected = { ...COLORADO, number: 'PT-990012' };
    renderPage(<LicensesSection />, {
      path: '/account',
      session,
      mocks: [
        licenses,
        { request: correction('PT-990012'), result: { data: { saveLicense: account(corrected) } } },
      ],
    });
    await correctNumber('PT-990012');
    const saved = await screen.findByText(
      '✓ Your Colorado physical therapist license is corrected.',
    );
    expect(saved.closest('[role="status"]')?.textContent).toMatch(/reissue them from/);
    expect(screen.getByRole('link', { name: 'your certificates' }).getAttribute('href')).toBe(
      '/certificates',
    );
    expect(screen.queryByRole('form', { name: 'Correct this license' })).toBeNull();
    expect(screen.getByText('PT-990012')).toBeTruthy();
    expect(session.getState()).toMatchObject({ user: { licenseNumber: 'PT-990012' } });
  });

  it('explains by the list when the last license of a licensed clinician cannot go', async () => {
    const message =
      'Your certificates must carry a license: add the new one before removing this one';
    renderPage(<LicensesSection />, {
      path: '/account',
      session: testSession(testUser()),
      mocks: [
        licenses,
        {
          request: { query: RemoveLicenseDocument, variables: { id: 'l-1' } },
          result: {
            errors: [
              new GraphQLError(message, {
                extensions: { code: 'CONFLICT', reason: 'LICENSE_REQUIRED', field: 'id' },
              }),
            ],
          },
        },
      ],
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove: Colorado — Physical therapist' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Remove this license?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.getByText('PT-990011')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Licenses' }));
  });
});
