import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
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
