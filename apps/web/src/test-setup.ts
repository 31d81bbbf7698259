import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Components talk to a mocked API only. happy-dom's fetch would send a stray request (a
// signed-out session's logout, say) to http://localhost:3000; here it fails at once, as a
// request to an unreachable server does. A test of the network layer stubs fetch itself.
beforeEach(() => {
  vi.stubGlobal('fetch', () =>
    Promise.reject(new TypeError('component tests have no network: mock the API instead')),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});
