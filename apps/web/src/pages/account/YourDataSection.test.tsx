import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { DeleteMyAccountDocument } from '../../gql/graphql';
import { YourDataSection } from './YourDataSection';

const deletion = (password: string, result: object) => ({
  request: { query: DeleteMyAccountDocument, variables: { input: { password } } },
  result,
});

function confirmAndDelete(password: string, tick = true) {
  fireEvent.change(screen.getByLabelText('Your password'), { target: { value: password } });
  if (tick) fireEvent.click(screen.getByLabelText('I understand my account cannot be restored'));
  fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
}

describe('YourDataSection', () => {
  it('offers the download and links the privacy notice', () => {
    renderPage(<YourDataSection email="pat@example.com" />, {
      path: '/account',
      session: testSession(testUser()),
    });
    expect(screen.getByRole('button', { name: 'Download my data' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'privacy notice' }).getAttribute('href')).toBe(
      '/privacy',
    );
  });

  it('asks for the box to be ticked before asking the API', () => {
    renderPage(<YourDataSection email="pat@example.com" />, {
      path: '/account',
      session: testSession(testUser()),
    });
    confirmAndDelete('my password is long', false);
    expect(
      screen.getByText('Tick the box to confirm you understand what is deleted.'),
    ).toBeTruthy();
  });

  it('says by the field when the password is wrong, and stays signed in', async () => {
    const session = testSession(testUser());
    renderPage(<YourDataSection email="pat@example.com" />, {
      path: '/account',
      session,
      mocks: [
        deletion('wrong password here', {
          errors: [
            new GraphQLError('The current password is not correct', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'password', message: 'The current password is not correct' }],
              },
            }),
          ],
        }),
      ],
    });
    confirmAndDelete('wrong password here');
    expect(await screen.findByText('The current password is not correct')).toBeTruthy();
    expect(session.getState().status).toBe('signedIn');
  });
});
