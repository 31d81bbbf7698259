import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  ResendVerificationEmailDocument,
  SessionViewerDocument,
  VerifyEmailDocument,
} from '../../gql/graphql';
import { EmailVerificationBanner } from '../../layout/EmailVerificationBanner';
import { VerifyEmailPage } from './VerifyEmailPage';

const TOKEN = 'dmVyaWZ5LXRva2Vu';
const CONFIRMED = 'Your address is confirmed; certificates can now be issued in your name';
const SPENT = 'This verification link has expired or was already used: send yourself a new one';

function verify(onCall: () => void, result: object = { data: { verifyEmail: true } }) {
  return {
    request: { query: VerifyEmailDocument, variables: { token: TOKEN } },
    // A second request would be answered too, and counted: the page must not make it.
    maxUsageCount: 2,
    result: () => {
      onCall();
      return result;
    },
  };
}

const spent = {
  errors: [new GraphQLError(SPENT, { extensions: { code: 'BAD_USER_INPUT', field: 'token' } })],
};

const viewer = (emailVerified: boolean) => ({
  request: { query: SessionViewerDocument },
  result: { data: { me: { __typename: 'User', ...testUser({ emailVerified }) } } },
});

describe('VerifyEmailPage', () => {
  it('confirms the address once, though StrictMode runs the effect twice', async () => {
    let calls = 0;
    renderPage(<VerifyEmailPage />, {
      path: `/verify-email#token=${TOKEN}`,
      session: testSession(null),
      mocks: [verify(() => calls++)],
    });
    expect(await screen.findByText(CONFIRMED)).toBeTruthy();
    expect(calls).toBe(1);
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/verify-email null');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/sign-in?next=%2Fcertificates',
    );
  });

  it('refreshes the signed-in account, whose copy the banner reads', async () => {
    const session = testSession(testUser({ emailVerified: false }));
    renderPage(<VerifyEmailPage />, {
      path: `/verify-email#token=${TOKEN}`,
      session,
      mocks: [verify(() => undefined), viewer(true)],
    });
    expect(await screen.findByText(CONFIRMED)).toBeTruthy();
    await waitFor(() => {
      const state = session.getState();
      expect(state.status === 'signedIn' && state.user.emailVerified).toBe(true);
    });
    expect(screen.getByRole('link', { name: 'Open your certificates' })).toBeTruthy();
  });

  it('shows why a spent link fails and sends a new one to the signed-in account', async () => {
    renderPage(<VerifyEmailPage />, {
      path: `/verify-email#token=${TOKEN}`,
      session: testSession(testUser({ emailVerified: false })),
      mocks: [
        verify(() => undefined, spent),
        viewer(false),
        {
          request: { query: ResendVerificationEmailDocument },
          result: { data: { resendVerificationEmail: true } },
        },
      ],
    });
    expect(await screen.findByText(SPENT)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByText(/^Sent/)).toBeTruthy();
  });

  it('asks a visitor to sign in for a new link', async () => {
    renderPage(<VerifyEmailPage />, {
      path: `/verify-email#token=${TOKEN}`,
      session: testSession(null),
      mocks: [verify(() => undefined, spent)],
    });
    expect(await screen.findByText(SPENT)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send a new link' })).toBeNull();
    expect(screen.getByText(/to send yourself a new link/)).toBeTruthy();
  });
});

describe('EmailVerificationBanner', () => {
  it('asks an unverified account to confirm, and says when resending is refused', async () => {
    const limit =
      'We sent 3 links in the last hour; check your inbox and spam folder, or try again later';
    renderPage(null, {
      path: '/courses',
      session: testSession(testUser({ emailVerified: false })),
      extra: <EmailVerificationBanner />,
      mocks: [
        {
          request: { query: ResendVerificationEmailDocument },
          result: {
            errors: [new GraphQLError(limit, { extensions: { code: 'TOO_MANY_REQUESTS' } })],
          },
        },
      ],
    });
    expect(
      screen.getByText(
        (_, node) =>
          node?.tagName === 'P' &&
          node.textContent?.includes(
            'Confirm your email address: we sent a link to jordan@example.com.',
          ) === true,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send it again' }));
    expect(await screen.findByText(limit)).toBeTruthy();
  });

  it('is not there for a verified account', () => {
    renderPage(null, {
      path: '/courses',
      session: testSession(testUser()),
      extra: <EmailVerificationBanner />,
    });
    expect(screen.queryByText(/Confirm your email address/)).toBeNull();
  });
});
