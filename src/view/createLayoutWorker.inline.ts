/**
 * Starts the layout worker (layoutWorker.ts) from code inlined in the page (a blob URL), for the
 * single-file build, which has no files beside the page; it stands in for createLayoutWorker.ts.
 */
import LayoutWorker from './layoutWorker.ts?worker&inline';

export function createLayoutWorker(): Worker {
  return new LayoutWorker();
}
