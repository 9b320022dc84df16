/**
 * The graph's overlay controls: layout, neighbourhood depth (hops), zoom in/out and fit, and
 * Time, which shows or hides the time strip under the graph (ui/time/useTimeStrip.ts).
 */
import { LAYOUTS, type LayoutName, type ViewState } from '../../state/viewState';
import type { Act } from '../panelProps';
import { setHops, setLayout } from '../../state/actions';
import type { TimeStrip } from '../time/useTimeStrip';

const LAYOUT_NAMES: Record<LayoutName, string> = {
  fcose: 'Force',
  hierarchy: 'Hierarchy',
  concentric: 'Concentric',
  grid: 'Grid',
};

export interface GraphToolbarProps {
  state: ViewState;
  act: Act;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  timeStrip?: Pick<TimeStrip, 'shown' | 'toggle'>;
}

/** Buttons in three groups; the current layout and depth are pressed (aria-pressed). */
export function GraphToolbar({
  state,
  act,
  onZoomIn,
  onZoomOut,
  onFit,
  timeStrip,
}: GraphToolbarProps) {
  return (
    <div className="graph-toolbar" role="group" aria-label="Graph controls">
      <div role="group" aria-label="Layout" className="graph-toolbar__group">
        {LAYOUTS.map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={state.layout === l}
            onClick={() => act(setLayout(l))}
          >
            {LAYOUT_NAMES[l]}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Neighbourhood depth" className="graph-toolbar__group">
        {([1, 2] as const).map((h) => (
          <button
            key={h}
            type="button"
            aria-pressed={state.hops === h}
            onClick={() => act(setHops(h))}
          >
            {h === 1 ? '1 hop' : '2 hops'}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Zoom" className="graph-toolbar__group">
        <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={onZoomIn}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={onZoomOut}>
          −
        </button>
        <button type="button" aria-label="Fit to view" title="Fit to view (0 or F)" onClick={onFit}>
          Fit
        </button>
      </div>
      {timeStrip && (
        <div role="group" aria-label="Time strip" className="graph-toolbar__group">
          <button
            type="button"
            aria-pressed={timeStrip.shown}
            title={timeStrip.shown ? 'Hide the time strip' : 'Show the time strip'}
            onClick={timeStrip.toggle}
          >
            Time
          </button>
        </div>
      )}
    </div>
  );
}
