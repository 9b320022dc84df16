/**
 * React context through which panels reach the graph adapter's pictures, its viewport and its
 * settled signal.
 */
import { createContext, useContext } from 'react';
import type { GraphHandle } from '../view/graphHandle';

export const GraphHandleContext = createContext<GraphHandle | null>(null);

/** The adapter's handle, or null before the graph has mounted. */
export function useGraphHandle(): GraphHandle | null {
  return useContext(GraphHandleContext);
}
