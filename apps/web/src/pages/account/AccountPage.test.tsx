import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RequireAuth } from '../../auth/RequireAuth';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { ChangePasswordDocument, LogoutEverywhereDocument } from '../../gql/graphql';
import { AccountPage } from './AccountPage';

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
  it('shows the account and whether its address is confirmed', () => {
    renderPage(page, {
      path: '/account',
      session: testSession(testUser({ emailVerified: false })),
    });
    expect(screen.getByText('jordan@example.com')).toBeTruthy();
    expect(screen.getByText('Not confirmed yet')).toBeTruthy();
    expect(screen.getByText('PT-990011, CO')).toBeTruthy();
  });

  it('changes the password, then signs out and says why on the sign-in page', async () => {
    const session = testSession(testUser());
    renderPage(page, {
      path: '/account',
      session,
      mocks: [change({ data: { changePassword: true } })],
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
