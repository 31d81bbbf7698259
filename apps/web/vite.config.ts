import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin';

// The API serves GraphQL and a few files on its own port; proxying keeps the browser on one
// origin in development, as in production where the API serves this app: no CORS, and the
// SameSite=Strict refresh cookie (Path=/graphql) works unchanged.
const api: ProxyOptions = { target: 'http://127.0.0.1:3000', changeOrigin: true };

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  // Pure rules shared with the API, from their source (each imports nothing), so the editor
  // computes the same figures as the server. Keep in step with `paths` in tsconfig.json.
  resolve: {
    alias: {
      '@fascicle/credit-time': fileURLToPath(
        new URL('../../libs/catalog/src/instructional-time.ts', import.meta.url),
      ),
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
      '/.well-known': api,
      '/credentials/': api,
      '/certificates/': api,
      '/me/': api,
      '^/organizations/[^/]+/compliance\\.csv': api,
      // /verify/<code> is this app's page for a browser and JSON for programs, as in production.
      '/verify/': {
        ...api,
        bypass: (request) =>
          request.headers.accept?.includes('text/html') ? '/index.html' : undefined,
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
