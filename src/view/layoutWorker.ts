/** Web Worker: computes fcose positions off the main thread when data/layout.json is stale. */
import { computeFcosePositions, type LayoutInput } from './fcoseLayout';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(computeFcosePositions(event.data));
};
