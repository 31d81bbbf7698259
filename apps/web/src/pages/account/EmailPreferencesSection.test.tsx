import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { MyEmailPreferencesDocument, UpdateEmailPreferencesDocument } from '../../gql/graphql';
import { EmailPreferencesSection } from './EmailPreferencesSection';

const preferences = (credentialReminders: boolean, clinicNotices: boolean) => ({
  __typename: 'EmailPreferences' as const,
  credentialReminders,
  clinicNotices,
  courseCorrections: true,
});
const current = (credentialReminders: boolean, clinicNotices: boolean) => ({
  request: { query: MyEmailPreferencesDocument },
  result: {
    data: {
      me: {
        __typename: 'User' as const,
        id: 'u1',
        emailPreferences: preferences(credentialReminders, clinicNotices),
      },
    },
  },
});

describe('EmailPreferencesSection', () => {
  it('shows the choices and saves a change', async () => {
    renderPage(<EmailPreferencesSection />, {
      path: '/account',
      session: testSession(testUser()),
      // Read afresh (network-only), and again by StrictMode's second mount.
      mocks: [
        current(true, true),
        current(true, true),
        {
          request: {
            query: UpdateEmailPreferencesDocument,
            variables: {
              input: { credentialReminders: false, clinicNotices: true, courseCorrections: true },
            },
          },
          result: { data: { updateEmailPreferences: preferences(false, true) } },
        },
      ],
    });
    const reminders = await screen.findByLabelText('Remind me before my credentials expire');
    expect((reminders as HTMLInputElement).checked).toBe(true);
    fireEvent.click(reminders);
    fireEvent.click(screen.getByRole('button', { name: 'Save email choices' }));
    expect(await screen.findByText('✓ Your email choices are saved.')).toBeTruthy();
  });
});
