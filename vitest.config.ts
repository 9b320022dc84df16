// Vitest configuration for model, search, io, state, view and component tests (no real browser).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { embeddedDataPlugin } from './scripts/embeddedDataPlugin';

export default defineConfig({
  plugins: [react(), embeddedDataPlugin()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/helpers/setupDom.ts'],
    pool: 'threads',
  },
});
