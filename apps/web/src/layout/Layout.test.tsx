import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { useSyncExternalStore } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AuthContext } from '../auth/AuthProvider';
import { testSession, testUser } from '../auth/testing';
import type { SessionStore } from '../auth/session';
import { MyClinicsDocument } from '../gql/graphql';
import { Layout } from './Layout';

const noClinics = {
  request: { query: MyClinicsDocument },
  maxUsageCount: 5,
  result: { data: { myOrganizations: [] } },
};

function Auth({ store }: { store: SessionStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return (
    <AuthContext value={{ session: store, state }}>
      <MockedProvider mocks={[noClinics]}>
        <MemoryRouter initialEntries={['/learning']}>
          <Routes>
            <Route element={<Layout />}>
              <Route path="*" element={<h1>Somewhere</h1>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </AuthContext>
  );
}

function renderHeader(roles: ReturnType<typeof testUser>['roles'] = ['LEARNER']) {
  render(<Auth store={testSession(testUser({ roles, displayName: 'Jordan Lee, PT' }))} />);
  const nav = screen.getByRole('navigation', { name: 'Main' });
  const more = within(nav).getByRole('button', { name: 'More' });
  return { nav, more, list: () => document.getElementById(more.getAttribute('aria-controls')!)! };
}

describe('Layout header', () => {
  it('keeps the account link and Sign out in the row, and the less-used links under More', () => {
    const { nav, more, list } = renderHeader(['LEARNER', 'INSTRUCTOR', 'ADMIN']);
    expect(within(nav).getByRole('link', { name: /Jordan Lee, PT/ })).toHaveProperty(
      'pathname',
      '/account',
    );
    expect(within(nav).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(
      within(list())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Transcript', 'Live sessions', 'Practice logs', 'Review queue', 'Verify']);
    // The row itself: none of the links under More.
    const row = [...nav.querySelectorAll(':scope > ul > li > a')].map((a) => a.textContent);
    expect(row).toEqual([
      'Catalog',
      'My learning',
      'Certificates',
      'My courses',
      'Admin',
      'Clinics',
    ]);
  });

  it('opens More on its button, and Escape closes it with focus back on the button', () => {
    const { more, list } = renderHeader();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(list().parentElement!.className).toContain('more-open');
    const transcript = within(list()).getByRole('link', { name: 'Transcript' });
    transcript.focus();
    fireEvent.keyDown(transcript, { key: 'Escape' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
  });

  it('closes More when focus or a click goes elsewhere, and when a link is followed', () => {
    const { nav, more, list } = renderHeader();
    fireEvent.click(more);
    fireEvent.blur(more, { relatedTarget: within(nav).getByRole('link', { name: 'Catalog' }) });
    expect(more.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(more);
    act(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    expect(more.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(more);
    fireEvent.click(within(list()).getByRole('link', { name: 'Transcript' }));
    expect(screen.getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(
      within(list()).getByRole('link', { name: 'Transcript' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('stays open while focus moves between its own links', () => {
    const { more, list } = renderHeader();
    fireEvent.click(more);
    fireEvent.blur(more, {
      relatedTarget: within(list()).getByRole('link', { name: 'Transcript' }),
    });
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('closes the phone menu on Escape, focus back on its button', () => {
    renderHeader();
    const menu = screen.getByRole('button', { name: 'Menu' });
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    // From the button itself, as just after pressing it.
    menu.focus();
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    const catalog = screen.getByRole('link', { name: 'Catalog' });
    catalog.focus();
    fireEvent.keyDown(catalog, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });

  it('shows a visitor no More button', () => {
    render(<Auth store={testSession(null)} />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('button', { name: 'More' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Verify' })).toBeTruthy();
  });
});
