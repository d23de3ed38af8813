import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { securityHeaders } from './security-headers.ts';

// The SPA calls /api on its own origin; in dev and preview Vite forwards it to the backend, in
// Docker nginx does. API_TARGET lets the e2e run point the preview at the test backend.
const apiTarget = process.env.API_TARGET ?? 'http://127.0.0.1:8080';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

/** ScrollArea's one import from Floating UI, answered with Mantine's own hook (src/shared/ui/merge-refs.ts). */
const scrollAreaMergeRefs: Plugin = {
  name: 'scroll-area-merge-refs',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '@floating-ui/react' && importer?.includes('/@mantine/core/esm/components/ScrollArea/')) {
      return fileURLToPath(new URL('./src/shared/ui/merge-refs.ts', import.meta.url));
    }
  },
};

export default defineConfig(({ mode }) => {
  const keycloak = new URL(loadEnv(mode, process.cwd(), 'VITE_').VITE_OIDC_AUTHORITY ?? 'http://127.0.0.1:8180').origin;
  return {
    plugins: [react(), scrollAreaMergeRefs],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // The dev server injects inline scripts for hot reload, so only the preview (the built SPA) gets the policy.
    server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
    build: { manifest: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy, headers: securityHeaders(keycloak) },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      css: false,
    },
  };
});
