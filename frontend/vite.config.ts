import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { OFFLINE_CACHE, TICKETS_PATH } from './src/lib/offline/cache-names';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    // An installable app whose shell and the signed-in account's tickets open without a connection. The service
    // worker exists in the production build only; `npm run dev` has none.
    VitePWA({
      registerType: 'autoUpdate',
      // main.tsx registers it (virtual:pwa-register): the CSP allows no inline script.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Rounds',
        short_name: 'Rounds',
        description: 'Networking events for physicians, built for referrals that last.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0a6464',
        background_color: '#f4f7f8',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Every page of the SPA opens from the shell; the service's own paths go to the network untouched.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/q\//, /^\/calendar\//],
        cleanupOutdatedCaches: true,
        // The first visit's page is served by the worker at once, so a ticket opened then is already kept.
        clientsClaim: true,
        runtimeCaching: [
          {
            // Only the caller's tickets: fresh while online, the last answer when the network is gone. Deleted when
            // the session ends (src/lib/offline/offline-cache.ts).
            urlPattern: new RegExp(`^https?://[^/]+${TICKETS_PATH}(\\?|$)`),
            handler: 'NetworkFirst',
            method: 'GET',
            options: {
              cacheName: OFFLINE_CACHE,
              cacheableResponse: { statuses: [200] },
              matchOptions: { ignoreVary: true },
            },
          },
        ],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    // Under `./mvnw quarkus:dev` Quarkus forwards pages to this server, so the HMR socket must come here directly.
    ws: process.env.ROUNDS_HMR_CLIENT_PORT ? { clientPort: Number(process.env.ROUNDS_HMR_CLIENT_PORT) } : undefined,
    // Under Quarkus the API is same-origin already; these make a standalone `npm run dev` work too.
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    outDir: 'dist',
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Form tests type for real; on a busy 2-core machine the 5 s default is too tight.
    testTimeout: 15_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
