/**
 * The fcose positions computed ahead of time by `npm run layout` (data/layout.json). They are
 * used only while they fit the graph's node keys exactly; otherwise the adapter computes them in
 * a worker.
 */
import layoutJson from '../../data/layout.json';
import type { KnowledgeGraph } from '../model/graph';
import { positionsFit, type Positions } from './elements';

/** The positions stored in data/layout.json (whatever graph they were computed for). */
export const STORED_FCOSE_POSITIONS: Positions = layoutJson.positions;

/** The stored fcose positions when they fit `graph`, else null. */
export function precomputedFcose(graph: KnowledgeGraph): Positions | null {
  return positionsFit(graph, STORED_FCOSE_POSITIONS) ? STORED_FCOSE_POSITIONS : null;
}
