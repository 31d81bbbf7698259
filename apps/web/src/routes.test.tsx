import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from './routes';

function flatten(list: RouteObject[]): RouteObject[] {
  return list.flatMap((route) => [route, ...flatten(route.children ?? [])]);
}

describe('routes', () => {
  it('give every lazily loaded page a fallback for the first load', () => {
    const lazy = flatten(routes).filter((route) => route.lazy);
    expect(lazy.length).toBeGreaterThan(10);
    expect(lazy.filter((route) => !route.hydrateFallbackElement).map((r) => r.path)).toEqual([]);
  });
});
