import type { SessionUser } from '../auth/session';

/** Who is looking: decides which links the navigation shows. */
export interface Viewer {
  user: SessionUser | null;
  /** Administers at least one clinic (a per-clinic role, not a platform role). */
  clinicIds: string[];
}

export interface NavItem {
  to: string;
  label: string;
  visible: (viewer: Viewer) => boolean;
  /**
   * Signed in, the link waits under the header's "More" button: the links of every role in
   * one row do not fit a laptop's width. Signed out, the header has room for every link.
   */
  more?: true;
}

const signedIn = (viewer: Viewer) => viewer.user !== null;
const withRole = (role: 'INSTRUCTOR' | 'ADMIN') => (viewer: Viewer) =>
  viewer.user?.roles.includes(role) ?? false;

/** In display order. A new screen that belongs in the navigation adds one line here. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/courses', label: 'Catalog', visible: () => true },
  { to: '/learning', label: 'My learning', visible: signedIn },
  { to: '/certificates', label: 'Certificates', visible: signedIn },
  { to: '/teach', label: 'My courses', visible: withRole('INSTRUCTOR') },
  { to: '/admin', label: 'Admin', visible: withRole('ADMIN') },
  { to: '/clinics', label: 'Clinics', visible: signedIn },
  // Reached from the certificates page and the admin home too.
  { to: '/transcript', label: 'Transcript', visible: signedIn, more: true },
  { to: '/live', label: 'Live sessions', visible: signedIn, more: true },
  { to: '/practice/supervised', label: 'Practice logs', visible: signedIn, more: true },
  { to: '/admin/reviews', label: 'Review queue', visible: withRole('ADMIN'), more: true },
  { to: '/verify', label: 'Verify', visible: () => true, more: true },
];

export interface Navigation {
  /** The links in the header's row. */
  bar: NavItem[];
  /** The links under "More" (listed in the phone's menu with the others). */
  more: NavItem[];
}

/** The links this viewer sees, split between the header's row and its "More" list. */
export function navigationFor(viewer: Viewer, items: NavItem[] = NAV_ITEMS): Navigation {
  const visible = items.filter((item) => item.visible(viewer));
  if (!viewer.user) return { bar: visible, more: [] };
  return {
    bar: visible.filter((item) => !item.more),
    more: visible.filter((item) => item.more),
  };
}
