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
}

const signedIn = (viewer: Viewer) => viewer.user !== null;
const withRole = (role: 'INSTRUCTOR' | 'ADMIN') => (viewer: Viewer) =>
  viewer.user?.roles.includes(role) ?? false;

/** In display order. A new screen that belongs in the navigation adds one line here. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/courses', label: 'Catalog', visible: () => true },
  { to: '/learning', label: 'My learning', visible: signedIn },
  { to: '/certificates', label: 'Certificates', visible: signedIn },
  { to: '/transcript', label: 'Transcript', visible: signedIn },
  { to: '/teach', label: 'My courses', visible: withRole('INSTRUCTOR') },
  { to: '/admin/reviews', label: 'Review queue', visible: withRole('ADMIN') },
  { to: '/admin', label: 'Admin', visible: withRole('ADMIN') },
  { to: '/clinics', label: 'Clinics', visible: signedIn },
  { to: '/verify', label: 'Verify', visible: () => true },
];
