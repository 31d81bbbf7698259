import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves GraphQL and health on its own port; proxying keeps the browser on one origin
// in development, so no CORS setup is needed and production can serve both from one host.
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
