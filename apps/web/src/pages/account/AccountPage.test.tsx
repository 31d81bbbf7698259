import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RequireAuth } from '../../auth/RequireAuth';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  AccountLicensesDocument,
  ChangePasswordDocument,
  LogoutEverywhereDocument,
} from '../../gql/graphql';
import { AccountPage } from './AccountPage';

/** The page lists the licenses on the profile as the API has them. */
const licenses = {
  request: { query: AccountLicensesDocument },
  // StrictMode mounts the page twice, and each mount asks.
  maxUsageCount: 2,
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u-1',
        licenses: [
          {
            __typename: 'License',
            id: 'l-1',
            state: 'CO',
            profession: 'PHYSICAL_THERAPIST',
            number: 'PT-990011',
            issuedOn: '2019-06-01',
            expiresOn: null,
            primary: true,
            status: 'ACTIVE',
            effectiveStatus: 'ACTIVE',
            numberCheck: {
              __typename: 'LicenseNumberCheck',
              status: 'UNCHECKED',
              message: 'Not checked against a published format.',
              sourceUrl: null,
            },
          },
        ],
      },
    },
  },
};

const input = { currentPassword: 'the old passphrase', newPassword: 'a new long passphrase' };

function change(result: object) {
  return { request: { query: ChangePasswordDocument, variables: { input } }, result };
}

function submitChange() {
  fireEvent.change(screen.getByLabelText('Current password'), {
    target: { value: input.currentPassword },
  });
  fireEvent.change(screen.getByLabelText('New password'), {
    target: { value: input.newPassword },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

// As in the app: signing out swaps the page for RequireAuth's redirect to sign in.
const page = (
  <RequireAuth>
    <AccountPage />
  </RequireAuth>
);

const whereabouts = () => screen.getByRole('status', { name: 'location' }).textContent;

describe('AccountPage', () => {
  it('shows the account, whether its address is confirmed, the name and the licenses', async () => {
    renderPage(page, {
      path: '/account',
      session: testSession(testUser({ emailVerified: false })),
      mocks: [licenses],
    });
    expect(screen.getByText('jordan@example.com')).toBeTruthy();
    expect(screen.getByText('Not confirmed yet')).toBeTruthy();
    const name = screen.getByLabelText('Name, as certificates print it') as HTMLInputElement;
    expect(name.value).toBe('Jordan Lee, PT');
    expect((screen.getByLabelText('Profession') as HTMLSelectElement).value).toBe(
      'PHYSICAL_THERAPIST',
    );
    const license = await screen.findByRole('listitem', { name: 'Colorado — Physical therapist' });
    expect(license.textContent).toContain('PT-990011');
    expect(license.textContent).toContain('Printed on certificates');
  });

  it('changes the password, then signs out and says why on the sign-in page', async () => {
    const session = testSession(testUser());
    renderPage(page, {
      path: '/account',
      session,
      mocks: [licenses, change({ data: { changePassword: true } })],
    });
    submitChange();
    await waitFor(() => expect(whereabouts()).toMatch(/^\/sign-in .*every device was signed out/));
    expect(session.getState().status).toBe('signedOut');
  });

  it('keeps the session when the current password is wrong, and says so by the field', async () => {
    const session = testSession(testUser());
    const wrong = 'The current password is not correct';
    renderPage(page, {
      path: '/account',
      session,
      mocks: [
        licenses,
        change({
          errors: [
            new GraphQLError(wrong, {
              extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
            }),
          ],
        }),
      ],
    });
    submitChange();
    expect(await screen.findByText(wrong)).toBeTruthy();
    expect(screen.getByLabelText('Current password').getAttribute('aria-invalid')).toBe('true');
    expect(session.getState().status).toBe('signedIn');
  });

  it('signs out everywhere, this browser included', async () => {
    const session = testSession(testUser());
    renderPage(page, {
      path: '/account',
      session,
      mocks: [
        licenses,
        {
          request: { query: LogoutEverywhereDocument },
          result: { data: { logoutEverywhere: true } },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(whereabouts()).toMatch(/^\/sign-in .*signed out on every device/));
    expect(session.getState().status).toBe('signedOut');
  });
});
