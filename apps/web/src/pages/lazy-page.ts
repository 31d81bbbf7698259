import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/**
 * A route's page, downloaded when first visited: `lazy: lazyPage(() => import('./X'), 'X')`.
 * Named exports keep one name for a page everywhere (file, component, route).
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): NonNullable<RouteObject['lazy']> {
  return async () => ({ Component: (await load())[name] });
}
