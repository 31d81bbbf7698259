import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, testSession } from '../../auth/testing';
import { EmailPreferencesPage } from './EmailPreferencesPage';

afterEach(() => vi.unstubAllGlobals());

describe('EmailPreferencesPage', () => {
  it('asks first, then stops the emails with the link’s own proof', async () => {
    const session = testSession(null);
    const fetch = vi.fn(() => Promise.resolve(new Response('{}', { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    renderPage(<EmailPreferencesPage />, {
      path: '/email-preferences?u=1&t=CREDENTIAL_REMINDERS&s=abc',
      session,
    });
    expect(screen.getByText('Stop reminders before your credentials expire?')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(
      await screen.findByText(/no more reminders before your credentials expire/),
    ).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('/email/unsubscribe?u=1&t=CREDENTIAL_REMINDERS&s=abc', {
      method: 'POST',
    });
  });

  it('says so when the link is not complete', () => {
    renderPage(<EmailPreferencesPage />, {
      path: '/email-preferences',
      session: testSession(null),
    });
    expect(screen.getByText('This link is not complete')).toBeTruthy();
  });
});
