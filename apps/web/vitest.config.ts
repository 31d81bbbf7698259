import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { libAliases } from './lib-aliases';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: libAliases },
  test: {
    restoreMocks: true,
    // Building a jsdom window costs about a second per file on these machines: only
    // components (*.test.tsx) get one; rules and helpers (*.test.ts) run in plain Node.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
