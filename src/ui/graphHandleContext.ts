/**
 * React context through which panels reach the graph adapter's pictures and viewport, and the
 * one way they act once the graph is at rest.
 */
import { createContext, useContext } from 'react';
import type { GraphHandle } from '../view/graphHandle';

export const GraphHandleContext = createContext<GraphHandle | null>(null);

/** The adapter's handle, or null before the graph has mounted. */
export function useGraphHandle(): GraphHandle | null {
  return useContext(GraphHandleContext);
}

/**
 * Runs `act` once the graph is still (GraphHandle.whenStill); returns the cancel function an effect
 * returns, so a change of mind before then acts on nothing.
 */
export function afterStill(handle: GraphHandle, act: () => void): () => void {
  let cancelled = false;
  void handle.whenStill().then(() => {
    if (!cancelled) act();
  });
  return () => {
    cancelled = true;
  };
}
