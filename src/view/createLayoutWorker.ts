/**
 * Starts the layout worker (layoutWorker.ts) from its own file, as the hosted build ships it. The
 * single-file build (vite.single.config.ts) replaces this module with createLayoutWorker.inline.ts.
 */
export function createLayoutWorker(): Worker {
  return new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
}
