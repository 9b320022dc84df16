/**
 * The canvas's keys, on screen (top left of the graph) and as the canvas's description: what
 * the arrows, Enter, Shift+arrows, zoom, fit and Escape do, and, once the arrows have reached one
 * of the focused node's neighbours, which one, said again in a live region (name, kind,
 * relation) for screen readers.
 */
import { ringAnnouncement, type RingStop } from '../../model/neighbourRing';
import { KIND_NAMES } from '../../model/kindNames';

export interface GraphKeysProps {
  /** The canvas's aria-describedby target. */
  id: string;
  /** A node is focused and has neighbours the arrows can reach. */
  focused: boolean;
  /** The neighbour the arrows reached, or null. */
  reached: RingStop | null;
  index: number;
  count: number;
}

export function GraphKeys({ id, focused, reached, index, count }: GraphKeysProps) {
  return (
    <div className="graph-keys">
      <p id={id} className="graph-keys__list">
        <span className="visually-hidden">Keys on the graph: </span>
        {focused ? (
          <>
            <kbd>←</kbd>
            <kbd>→</kbd> neighbours, <kbd>Enter</kbd> focus it, <kbd>Shift</kbd>+arrows move
          </>
        ) : (
          <>Arrows move</>
        )}
        , <kbd>+</kbd>
        <kbd>−</kbd> zoom, <kbd>0</kbd> fit, <kbd>Esc</kbd> clear focus
      </p>
      {reached && (
        <p className="graph-keys__reached" aria-hidden="true">
          {index + 1}/{count}: <strong>{reached.label}</strong> ({KIND_NAMES[reached.kind].one},{' '}
          {reached.relation})
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {reached ? ringAnnouncement(reached, index, count) : ''}
      </p>
    </div>
  );
}
