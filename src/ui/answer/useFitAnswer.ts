/**
 * Brings an answer's lit nodes into view: when the answer changes (a shared link included), the
 * view fits those nodes once the graph is at rest, after any running focus. Used by the Coverage,
 * Matrix and Path panels, whose answers light paths that may lie anywhere in the graph.
 */
import { useEffect, useMemo } from 'react';
import type { Highlight } from '../../model/highlight';
import { afterStill, useGraphHandle } from '../graphHandleContext';

export function useFitAnswer(lit: Highlight): void {
  const handle = useGraphHandle();
  // One array per answer, so an unchanged answer does not move the view again.
  const nodes = useMemo(() => [...lit.nodes], [lit]);
  useEffect(() => {
    if (!handle || nodes.length < 2) return;
    return afterStill(handle, () => handle.fit(nodes));
  }, [handle, nodes]);
}
