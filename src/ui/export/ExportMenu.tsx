/**
 * The "Export" button of the header: the current view as PNG at 1×, 2× or 4× (with a title and a
 * legend, see composePicture) or as SVG; the dataset shown as a file (DatasetExport.tsx); in the
 * single-file explorer also the briefing itself, one HTML file with the stories
 * (briefingFile.ts). A disclosure with plain buttons, so it works with Tab,
 * Enter and Escape.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KnowledgeGraph } from '../../model/graph';
import { NODE_KINDS } from '../../model/vocabulary';
import type { ViewState } from '../../state/viewState';
import { useGraphHandle } from '../graphHandleContext';
import { useStories } from '../stories/StoriesContext';
import type { Dataset } from '../../model/datasetBundle';
import type { SceneLook } from '../../model/scene';
import { bandColours } from '../../view/bandColours';
import { shownPart } from '../../view/shownPart';
import { DatasetExport } from './DatasetExport';
import { composePicture } from './composePicture';
import { composeSvg } from './composeSvg';
import { fontFaceCss, withStyle } from './embedFont';
import { downloadBlob, fileSafe } from './download';
import { briefingFile, IS_SINGLE_FILE } from './briefingFile';
import { SHIPPED_STORY_IDS } from '../stories/StoriesContext';
import { countOf } from '../../model/answerWords';
import './export.css';

export const APP_TITLE = 'ASEAN–Japan Cooperation against Terrorism & Transnational Crime';
export const PNG_SCALES = [1, 2, 4] as const;

export interface ExportMenuProps {
  graph: KnowledgeGraph;
  state: ViewState;
  /** The dataset shown, offered as a file too; not given: pictures only. */
  dataset?: Dataset;
  /** What the graph shows (filters, focus, lit answer), so the view's part can be written alone. */
  look?: SceneLook;
}

/**
 * The picture's title: the story step's (while the view is still the step's), else the focused
 * node's label, else the app's.
 */
export function pictureTitle(
  state: ViewState,
  graph: KnowledgeGraph,
  story: { title: string; steps: { title: string; focus: string[] }[] } | null,
): { title: string; subtitle?: string } {
  const step = story?.steps[state.step];
  if (story && step && (state.node ?? null) === (step.focus[0] ?? null))
    return { title: step.title, subtitle: story.title };
  if (state.node && graph.hasNode(state.node))
    return { title: graph.getNodeAttribute(state.node, 'label'), subtitle: 'ASEAN–Japan explorer' };
  return { title: APP_TITLE };
}

export function ExportMenu({ graph, state, dataset, look }: ExportMenuProps) {
  const handle = useGraphHandle();
  const { find, stories: own, builtIn } = useStories();
  // What the briefing carries: the stories it came with (beyond the shipped ones) and the person's own.
  const briefingStories = [...builtIn.filter((s) => !SHIPPED_STORY_IDS.has(s.id)), ...own];
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const { title, subtitle } = pictureTitle(state, graph, find(state.story)?.story ?? null);
  // Read only while the menu is open: a 20,000-node graph is not walked on every focus.
  const part = useMemo(() => (open && look ? shownPart(graph, look) : null), [open, graph, look]);
  const kinds = NODE_KINDS.filter((k) => !state.hidden.includes(k));

  /** Draws a picture while saying so, downloads it and closes the menu, or says what failed. */
  const drawAndDownload = async (what: string, draw: () => Promise<[Blob, string]>) => {
    setStatus(`Drawing the ${what} picture…`);
    try {
      const [blob, name] = await draw();
      downloadBlob(blob, name);
      setStatus(null);
      setOpen(false);
    } catch (e) {
      setStatus(`The picture could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const exportPng = (scale: number) =>
    handle &&
    drawAndDownload(`${scale}×`, async () => {
      const graphPng = await handle.png({ scale });
      const colours = bandColours(handle.theme());
      const png = await composePicture(graphPng, { scale, title, subtitle, kinds, colours });
      return [png, `${fileSafe(title)}@${scale}x.png`];
    });

  const downloadBriefing = () => {
    try {
      downloadBlob(briefingFile(briefingStories), 'asean-japan-briefing.html');
      setStatus(null);
      setOpen(false);
    } catch (e) {
      setStatus(`The briefing could not be written: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const exportSvg = () =>
    handle &&
    drawAndDownload('SVG', async () => {
      const colours = bandColours(handle.theme());
      const composed = composeSvg(await handle.svg(), { title, subtitle, kinds, colours });
      const svg = withStyle(composed, await fontFaceCss());
      return [new Blob([svg], { type: 'image/svg+xml' }), `${fileSafe(title)}.svg`];
    });

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault(); // closing the menu is all this Escape does
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={toggle}
        aria-expanded={open}
        aria-controls="export-options"
        onClick={() => setOpen((o) => !o)}
        disabled={!handle}
      >
        Export
      </button>
      {open && (
        <div id="export-options" className="export-options" role="group" aria-label="Export">
          <p className="export-what">
            Picture of the current view: <strong>{title}</strong>
          </p>
          {PNG_SCALES.map((scale) => (
            <button key={scale} type="button" onClick={() => void exportPng(scale)}>
              PNG {scale}×
            </button>
          ))}
          <button type="button" onClick={() => void exportSvg()}>
            SVG
          </button>
          {IS_SINGLE_FILE && (
            <button type="button" onClick={downloadBriefing}>
              Download this briefing (one HTML file, with{' '}
              {countOf(briefingStories.length, 'story', 'stories')})
            </button>
          )}
          {dataset && (
            <DatasetExport
              dataset={dataset}
              part={part}
              partName={`${dataset.name} — ${title === APP_TITLE ? 'the part shown' : title}`}
              ownStories={own}
              onDone={(said) => {
                setStatus(said);
                if (said === null) setOpen(false);
              }}
            />
          )}
          {status && (
            <p role="status" className="export-status">
              {status}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
