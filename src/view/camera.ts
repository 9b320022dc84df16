/**
 * Which camera moves a new scene asks for, given the one shown before: the pure rule of the
 * adapter's camera (graphAdapter.ts → show). A new landing (a story step's viewport) lands there;
 * else a new focus (node or hops) goes to its frame; a new answer is fitted once the graph is at
 * rest, after that move. What did not change does not move the camera again, so panning by hand
 * is not undone by an unrelated change.
 */
import type { CameraIntent, Viewport } from '../model/scene';

export type CameraMove =
  | { kind: 'land'; viewport: Viewport }
  | { kind: 'focus'; node: string }
  | { kind: 'fit'; nodes: readonly string[] };

const sameViewport = (a: Viewport | null, b: Viewport | null) =>
  a === b ||
  (a !== null && b !== null && a.zoom === b.zoom && a.pan.x === b.pan.x && a.pan.y === b.pan.y);

const sameFocus = (a: CameraIntent['focus'], b: CameraIntent['focus']) =>
  a === b || (a !== null && b !== null && a.node === b.node && a.hops === b.hops);

/** Whether two answers' fits are of the same nodes (null: no answer to fit). */
export const sameFit = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && [...a].sort().join('\n') === [...b].sort().join('\n'));

/** The moves from `before` (null: nothing shown yet) to `next`, in the order they are made. */
export function cameraMoves(before: CameraIntent | null, next: CameraIntent): CameraMove[] {
  const moves: CameraMove[] = [];
  const landingChanged = !sameViewport(before?.landing ?? null, next.landing);
  const focusChanged = !sameFocus(before?.focus ?? null, next.focus);
  if (landingChanged || focusChanged) {
    if (next.landing) moves.push({ kind: 'land', viewport: next.landing });
    else if (next.focus) moves.push({ kind: 'focus', node: next.focus.node });
  }
  if (next.fit && !sameFit(before?.fit ?? null, next.fit))
    moves.push({ kind: 'fit', nodes: next.fit });
  return moves;
}
