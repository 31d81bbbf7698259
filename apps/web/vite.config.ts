import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { API_PATH_PREFIXES } from '../../libs/common/src/http/api-paths';
import { graphqlDocuments } from './graphql-documents-plugin';
import { libAliases } from './lib-aliases';

// The API serves GraphQL and a few files on its own port; proxying keeps the browser on one
// origin in development, as in production where the API serves this app: no CORS, and the
// SameSite=Strict refresh cookie (Path=/graphql) works unchanged.
const api: ProxyOptions = { target: 'http://127.0.0.1:3000', changeOrigin: true };

// /verify/<code> is this app's page for a browser and JSON for programs, as in production.
const verify: ProxyOptions = {
  ...api,
  bypass: (request) => (request.headers.accept?.includes('text/html') ? '/index.html' : undefined),
};

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  resolve: { alias: libAliases },
  server: {
    proxy: Object.fromEntries(
      API_PATH_PREFIXES.map((prefix) => [prefix, prefix === '/verify/' ? verify : api]),
    ),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
