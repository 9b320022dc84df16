/**
 * "Download as PowerPoint": shows each step of the story in turn, takes its picture framed for
 * the slide (as for the handout), and builds a .pptx of the story (io/storyDeck.ts, loaded only
 * when asked for, with pptxgenjs). Progress ("Step 3 of 7…") and a failure, with its reason, are
 * said in a live region; the view and camera go back to what the person had (stepPlayer.ts).
 */
import { useState } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import type { NodeKind } from '../../model/schema';
import type { Story } from '../../model/storySchema';
import type { DeckShape, LegendEntry } from '../../io/storyDeck';
import { SLIDE_PICTURE_MM } from '../../io/deckLayout';
import type { ViewState } from '../../state/viewState';
import { KIND_STYLE, type KindShape } from '../../view/kindStyle';
import { useGraphHandle } from '../graphHandleContext';
import type { Act } from '../panelProps';
import { downloadBlob, fileSafe } from './download';
import { APP_TITLE } from './ExportMenu';
import { stepPlayer } from './stepPlayer';

/** The slide shape drawn for each node shape of the graph. */
const DECK_SHAPES: Readonly<Record<KindShape, DeckShape>> = {
  'round-rectangle': 'roundRect',
  hexagon: 'hexagon',
  'round-triangle': 'triangle',
  ellipse: 'ellipse',
  diamond: 'diamond',
  rectangle: 'rect',
  star: 'star5',
  octagon: 'octagon',
};

/** The deck's legend of every kind, drawn as the graph's legend is (KIND_STYLE). */
export const DECK_LEGEND = Object.fromEntries(
  Object.entries(KIND_STYLE).map(([kind, style]) => [
    kind,
    { name: style.legend, color: style.color, shape: DECK_SHAPES[style.shape] },
  ]),
) as Record<NodeKind, LegendEntry>;

export interface DeckButtonProps {
  story: Story;
  graph: KnowledgeGraph;
  state: ViewState;
  act: Act;
}

export function DeckButton({ story, graph, state, act }: DeckButtonProps) {
  const handle = useGraphHandle();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const build = async () => {
    if (!handle) return;
    setBusy(true);
    setStatus('Preparing the deck…');
    const player = await stepPlayer(handle, graph, story, state, act);
    try {
      const { storyDeck, PPTX_TYPE } = await import('../../io/storyDeck');
      const bytes = await storyDeck(story, {
        graph,
        dataset: `${APP_TITLE}: ${graph.order} nodes, ${graph.size} links`,
        date: new Date().toISOString().slice(0, 10),
        legend: DECK_LEGEND,
        progress: (i, n) => setStatus(`Step ${i + 1} of ${n}…`),
        picture: async (i) => {
          await player.show(i);
          const png = await handle.png({ scale: 2, paper: SLIDE_PICTURE_MM });
          return new Uint8Array(await png.arrayBuffer());
        },
      });
      const name = `${fileSafe(story.title)}.pptx`;
      downloadBlob(new Blob([bytes], { type: PPTX_TYPE }), name);
      setStatus(`${name} is downloaded: ${story.steps.length + 1} slides.`);
    } catch (e) {
      setStatus(
        `The PowerPoint deck could not be made: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      await player.restore();
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void build()} disabled={busy || !handle}>
        Download as PowerPoint
      </button>
      <p role="status" className={status ? 'print-progress' : 'visually-hidden'}>
        {status}
      </p>
    </>
  );
}
