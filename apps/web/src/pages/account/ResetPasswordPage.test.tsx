import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { ResetPasswordDocument } from '../../gql/graphql';
import { ResetPasswordPage } from './ResetPasswordPage';

const TOKEN = 'c2VjcmV0LXRva2Vu_x-1';
const PASSWORD = 'a new long passphrase';

function reset(result: object) {
  return {
    request: {
      query: ResetPasswordDocument,
      variables: { input: { token: TOKEN, newPassword: PASSWORD } },
    },
    result,
  };
}

function badInput(field: string, message: string) {
  return { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } })] };
}

function submit() {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: PASSWORD } });
  fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
}

const whereabouts = () => screen.getByRole('status', { name: 'location' }).textContent;

describe('ResetPasswordPage', () => {
  it('takes the token out of the address, saves, and sends the person to sign in', async () => {
    const session = testSession(testUser());
    renderPage(<ResetPasswordPage />, {
      path: `/reset-password#token=${TOKEN}`,
      session,
      mocks: [reset({ data: { resetPassword: true } })],
    });
    await waitFor(() => expect(whereabouts()).toMatch(/^\/reset-password null$/));
    expect(screen.getByText(/characters or more/)).toBeTruthy();
    submit();
    await waitFor(() =>
      expect(whereabouts()).toBe(
        '/sign-in {"signInNotice":"Your password is changed. Sign in with the new one."}',
      ),
    );
    // The reset ended this browser's session on the server: it ends here too.
    expect(session.getState().status).toBe('signedOut');
  });

  it('says in words when the link is spent, with a way to ask for another', async () => {
    const spent = 'This reset link has expired or was already used: ask for a new one';
    renderPage(<ResetPasswordPage />, {
      path: `/reset-password#token=${TOKEN}`,
      session: testSession(null),
      mocks: [reset(badInput('token', spent))],
    });
    submit();
    expect(await screen.findByText(spent)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('puts a weak password beside its field', async () => {
    const weak = 'Choose a password that is harder to guess';
    renderPage(<ResetPasswordPage />, {
      path: `/reset-password#token=${TOKEN}`,
      session: testSession(null),
      mocks: [reset(badInput('newPassword', weak))],
    });
    submit();
    expect(await screen.findByText(weak)).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
  });

  it('explains a link without its token', () => {
    renderPage(<ResetPasswordPage />, { path: '/reset-password', session: testSession(null) });
    expect(screen.getByText('This link is incomplete')).toBeTruthy();
    expect(screen.queryByLabelText('New password')).toBeNull();
  });
});
