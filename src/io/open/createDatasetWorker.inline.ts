/**
 * Starts the dataset worker (datasetWorker.ts) from code inlined in the page (a blob URL), for
 * the single-file build, which has no files beside the page; it stands in for
 * createDatasetWorker.ts.
 */
import DatasetWorker from './datasetWorker.ts?worker&inline';

export function createDatasetWorker(): Worker {
  return new DatasetWorker();
}
