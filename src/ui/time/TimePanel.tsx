/**
 * The time strip under the graph: the period's sliders and Play, what the period shows (said
 * aloud), the timeline, and — folded — the dated nodes as a list and what changed in the period.
 * It is hidden in presenter mode, where a story step's period still applies. The timeline
 * starts folded (the controls stay) unless a period is shown, so the overview keeps the room its
 * names need; "Timeline" unfolds it. Whether it shows at all is useTimeStrip's (on a window
 * under 800 px high only with a period, or when the graph toolbar's "Time" asks for it).
 */
import { useMemo, useState } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { dataYears } from '../../model/timeline';
import type { ViewState } from '../../state/viewState';
import type { Act } from '../panelProps';
import { ChangesList } from './ChangesList';
import { PeriodAnnouncer } from './PeriodAnnouncer';
import { TimelineList } from './TimelineList';
import { TimelineStrip } from './TimelineStrip';
import { usePlayYears } from './usePlayYears';
import { YearRange } from './YearRange';
import './time.css';

type Fold = 'none' | 'list' | 'changes';

export function TimePanel({
  graph,
  state,
  asked = false,
  act,
}: {
  graph: KnowledgeGraph;
  state: Pick<ViewState, 'period' | 'hidden' | 'node'>;
  /** Shown by the graph toolbar's Time (useTimeStrip): the timeline is drawn at once. */
  asked?: boolean;
  act: Act;
}) {
  const span = useMemo(() => dataYears(graph), [graph]);
  const { period, hidden } = state;
  const { playing, toggle } = usePlayYears(period, span, act);
  const [fold, setFold] = useState<Fold>('none');
  // Folded (the controls stay) unless a period is shown or the toolbar's Time asked for it: the
  // overview keeps its room to be named.
  const [drawn, setDrawn] = useState(() => period !== null || asked);
  const [from, to] = period ?? span;
  const foldButton = (which: Fold, words: string) => (
    <button
      type="button"
      aria-expanded={fold === which}
      onClick={() => setFold(fold === which ? 'none' : which)}
    >
      {words}
    </button>
  );
  return (
    <section
      className={
        drawn
          ? 'time-strip'
          : // Folded with nothing open below it, it is a bar over the canvas's foot (time.css).
            `time-strip time-strip--folded${fold === 'none' ? ' time-strip--bar' : ''}`
      }
      aria-label="Time"
    >
      <div className="time-strip__controls">
        <button type="button" aria-expanded={drawn} onClick={() => setDrawn(!drawn)}>
          Timeline
        </button>
        <button type="button" className="time-strip__play" onClick={toggle} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play years'}
        </button>
        <YearRange period={period} span={span} act={act} />
        <PeriodAnnouncer graph={graph} period={period} />
        {foldButton('list', 'List of dates')}
        {foldButton('changes', 'What changed')}
      </div>
      {drawn && (
        <TimelineStrip
          graph={graph}
          hidden={hidden}
          period={period}
          span={span}
          focused={state.node}
          act={act}
        />
      )}
      {fold !== 'none' && (
        <div className="time-strip__fold">
          {fold === 'list' ? (
            <TimelineList graph={graph} hidden={hidden} act={act} />
          ) : (
            <ChangesList graph={graph} after={from - 1} upTo={to} hidden={hidden} act={act} />
          )}
        </div>
      )}
    </section>
  );
}
