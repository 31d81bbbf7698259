import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Pure rules shared with the API, from their source (each imports nothing), so the editor
  // computes the same figures as the server. Keep in step with `paths` in tsconfig.json.
  resolve: {
    alias: {
      '@fascicle/credit-time': fileURLToPath(
        new URL('../../libs/catalog/src/instructional-time.ts', import.meta.url),
      ),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['src/test-setup.ts'],
  },
});
