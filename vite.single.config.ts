// Vite build of the explorer as one self-contained HTML file (`npm run build:single`): code,
// styles, the label font, the embedded dataset and stories are inlined, so the file opens from
// file:// with no network and no server. The hosted build is vite.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { embeddedDataPlugin } from './scripts/embeddedDataPlugin';
import { singleFilePage } from './scripts/singleFilePage';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    embeddedDataPlugin(),
    viteSingleFile({ removeViteModuleLoader: true }),
    singleFilePage(here('./public/favicon.svg')),
  ],
  resolve: {
    alias: [
      // The layout worker comes inlined: there is no file beside the page to start it from.
      {
        find: /^\.\/createLayoutWorker$/,
        replacement: here('./src/view/createLayoutWorker.inline.ts'),
      },
      // So does the worker that checks a dataset a person opens.
      {
        find: /^\.\/createDatasetWorker$/,
        replacement: here('./src/io/open/createDatasetWorker.inline.ts'),
      },
    ],
  },
  define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify('true') },
  base: './',
  publicDir: false,
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: 'dist-single',
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    // Everything, the font files included, goes into the page.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
  },
});
