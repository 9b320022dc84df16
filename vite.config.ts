// Vite build and dev-server configuration for the explorer.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { embeddedDataPlugin } from './scripts/embeddedDataPlugin';
import { preloadChunkPlugin } from './scripts/preloadChunkPlugin';

export default defineConfig({
  plugins: [react(), embeddedDataPlugin(), preloadChunkPlugin('src/view/graphAdapter.ts')],
  base: './',
  worker: { format: 'es' },
  // No source maps in the shipped build (they would publish the sources next to it).
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
