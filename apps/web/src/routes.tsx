import type { RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { RouteError } from './layout/RouteError';
import { accountRoutes } from './pages/account/routes';
import { adminRoutes } from './pages/admin/routes';
import { catalogRoutes } from './pages/catalog/routes';
import { clinicRoutes } from './pages/clinic/routes';
import { credentialRoutes } from './pages/credentials/routes';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/home/NotFoundPage';
import { labRoutes } from './pages/lab/routes';
import { learningRoutes } from './pages/learning/routes';
import { liveRoutes } from './pages/live/routes';
import { practiceRoutes } from './pages/practice/routes';
import { renewalRoutes } from './pages/renewals/routes';
import { teachRoutes } from './pages/teach/routes';
import { verifyRoutes } from './pages/verify/routes';
import { boardReportingRoutes } from './pages/teach/board-reporting/routes';
import { eligibilityRoutes } from './pages/eligibility/routes';
import { Loading } from './ui/Loading';

/**
 * Every page of the app. Each area lists its own routes in pages/<area>/routes.ts (pages load
 * lazily, so the first visit downloads only what it shows). Paths must not start with one of
 * the API's prefixes, API_PATH_PREFIXES in libs/common/src/http/api-paths.ts (/verify/<code>
 * is shared on purpose).
 */
export const routes: RouteObject[] = withLoadingFallbacks([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      ...accountRoutes,
      ...catalogRoutes,
      ...learningRoutes,
      ...credentialRoutes,
      ...verifyRoutes,
      ...teachRoutes,
      ...adminRoutes,
      ...clinicRoutes,
      ...liveRoutes,
      ...practiceRoutes,
      ...renewalRoutes,
      ...labRoutes,
      ...boardReportingRoutes,
      ...eligibilityRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/**
 * A page opened first, before its code has downloaded, shows the layout with a loading line
 * in its place: React Router renders a lazy route's `hydrateFallbackElement` on the first
 * load (and warns in the console when there is none).
 */
function withLoadingFallbacks(list: RouteObject[]): RouteObject[] {
  return list.map((route) => {
    const children = route.children ? withLoadingFallbacks(route.children) : undefined;
    const fallback = route.lazy
      ? { hydrateFallbackElement: <Loading label="Loading the page" /> }
      : {};
    return { ...route, ...fallback, ...(children ? { children } : {}) } as RouteObject;
  });
}
