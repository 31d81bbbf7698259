import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { UpdateProfileDocument } from '../../gql/graphql';
import { ProfileForm } from './ProfileForm';

function update(
  input: { displayName: string; profession: string },
  result: MockLink.MockedResponse['result'],
) {
  return { request: { query: UpdateProfileDocument, variables: { input } }, result };
}

function submit(name: string, profession?: string) {
  fireEvent.change(screen.getByLabelText('Name, as certificates print it'), {
    target: { value: name },
  });
  if (profession) {
    fireEvent.change(screen.getByLabelText('Profession'), { target: { value: profession } });
  }
  fireEvent.click(screen.getByRole('button', { name: 'Save name and profession' }));
}

describe('ProfileForm', () => {
  it('saves a corrected name: the session has it, and reissuing is offered', async () => {
    const session = testSession(testUser({ profession: 'EDUCATOR' }));
    const renamed = testUser({ profession: 'EDUCATOR', displayName: 'Jordan Li, PT' });
    renderPage(<ProfileForm />, {
      path: '/account',
      session,
      mocks: [
        update(
          { displayName: 'Jordan Li, PT', profession: 'EDUCATOR' },
          { data: { updateProfile: { __typename: 'User', ...renamed } } },
        ),
      ],
    });
    // The name as typed, around spaces and all: the API trims too.
    submit('  Jordan Li, PT ');
    const saved = await screen.findByText('✓ Your name and profession are saved.');
    expect(saved.closest('[role="status"]')?.textContent).toMatch(/reissue them from/);
    expect(session.getState()).toMatchObject({ user: { displayName: 'Jordan Li, PT' } });
  });

  it('says by the field that an empty name cannot be printed, without asking the API', () => {
    renderPage(<ProfileForm />, { path: '/account', session: testSession(testUser()) });
    submit('   ');
    const name = screen.getByLabelText('Name, as certificates print it');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter your name as certificates should print it.')).toBeTruthy();
  });

  it('shows by the profession a licensed profession refused for want of a license', async () => {
    const message =
      'Add your license first: certificates for a licensed profession print a license number';
    renderPage(<ProfileForm />, {
      path: '/account',
      session: testSession(
        testUser({ profession: 'EDUCATOR', licenseNumber: null, licenseState: null }),
      ),
      mocks: [
        update(
          { displayName: 'Jordan Lee, PT', profession: 'CHIROPRACTOR' },
          {
            errors: [
              new GraphQLError(message, {
                extensions: { code: 'BAD_USER_INPUT', field: 'profession' },
              }),
            ],
          },
        ),
      ],
    });
    submit('Jordan Lee, PT', 'CHIROPRACTOR');
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByLabelText('Profession').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/saved/)).toBeNull();
  });
});
