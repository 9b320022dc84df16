/**
 * Starts the dataset worker (datasetWorker.ts) from its own file, as the hosted build ships it.
 * The single-file build (vite.single.config.ts) replaces this module with
 * createDatasetWorker.inline.ts, as it does for the layout worker.
 */
export function createDatasetWorker(): Worker {
  return new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
}
