import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession } from '../../auth/testing';
import { RequestPasswordResetDocument } from '../../gql/graphql';
import { ForgotPasswordPage } from './ForgotPasswordPage';

const EMAIL = 'jordan@example.com';

function ask(result: object) {
  return { request: { query: RequestPasswordResetDocument, variables: { email: EMAIL } }, result };
}

function submit(email = EMAIL) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: ` ${email} ` } });
  fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
}

describe('ForgotPasswordPage', () => {
  it('says a link went to the address if it has an account, and no more', async () => {
    renderPage(<ForgotPasswordPage />, {
      path: '/forgot-password',
      session: testSession(null),
      mocks: [ask({ data: { requestPasswordReset: true } })],
    });
    submit();
    expect(
      await screen.findByText(`If an account uses ${EMAIL}, we sent it a link (valid 30 minutes)`),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to sign in' }).getAttribute('href')).toBe(
      '/sign-in',
    );
  });

  it('shows the per-address limit in words', async () => {
    const limit = 'Too many password resets asked for from this address; try again later';
    renderPage(<ForgotPasswordPage />, {
      path: '/forgot-password',
      session: testSession(null),
      mocks: [
        ask({ errors: [new GraphQLError(limit, { extensions: { code: 'TOO_MANY_REQUESTS' } })] }),
      ],
    });
    submit();
    expect((await screen.findByRole('alert')).textContent).toContain(limit);
    expect(screen.getByRole('button', { name: 'Send me a link' })).toBeTruthy();
  });

  it('puts a malformed address beside the field', async () => {
    const wrong = 'Enter your email address, like name@example.com';
    renderPage(<ForgotPasswordPage />, {
      path: '/forgot-password',
      session: testSession(null),
      mocks: [
        ask({
          errors: [
            new GraphQLError(wrong, { extensions: { code: 'BAD_USER_INPUT', field: 'email' } }),
          ],
        }),
      ],
    });
    submit();
    expect(await screen.findByText(wrong)).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
  });
});
