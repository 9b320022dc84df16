/**
 * A story as a PowerPoint deck (pptxgenjs, 16:9): a title slide (title, description, date,
 * dataset), then one slide per step with its picture (kept at its aspect), its title and caption
 * as editable text sized to fit (slideText.ts), the legend of the kinds it shows as editable
 * shapes and words, and in the speaker notes the sources its focus rests on (document, section,
 * verbatim quote; model/stepSources.ts). Pictures come from the caller, one step at a time, so
 * the deck is made the same way in a browser and in a test. Loaded on demand (it brings
 * pptxgenjs), never with the first paint.
 */
import PptxGenJS from 'pptxgenjs';
import type { KnowledgeGraph } from '../model/graph';
import { KIND_NAMES } from '../model/kindNames';
import { stepSources } from '../model/stepSources';
import type { Story, StoryStep } from '../model/storySchema';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary';
import {
  LEGEND_GLYPH,
  LEGEND_PT,
  LEGEND_ROW,
  SIZES,
  STEP_SLIDE,
  TITLE_SLIDE,
  contain,
  type Box,
} from './deckLayout';
import { pngSize } from './pngSize';
import { fitText } from './slideText';

/** The preset shapes the legend draws a kind's glyph with. */
export type DeckShape =
  'roundRect' | 'hexagon' | 'triangle' | 'ellipse' | 'diamond' | 'rect' | 'star5' | 'octagon';

/** How a kind shows in the legend: its words, its fill (#rrggbb) and its shape. */
export interface LegendEntry {
  name: string;
  color: string;
  shape: DeckShape;
}

export interface DeckOptions {
  graph: KnowledgeGraph;
  /** What the graph is, for the title slide ("ASEAN–Japan …: 230 nodes, 410 links"). */
  dataset: string;
  /** The day the deck is made (2026-12-02). */
  date: string;
  /** Every kind's legend entry; a step's legend lists the kinds it does not hide. */
  legend: Readonly<Record<NodeKind, LegendEntry>>;
  /** The PNG picture of step `index`, taken while that step is shown. */
  picture(index: number): Promise<Uint8Array>;
  /** Told before each step's picture is asked for. */
  progress?(index: number, count: number): void;
}

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const FONT = 'Arial';
const INK = '1B2330';
const SOFT = '4A5568';
const RULE = 'D5DAE1';
const MORE = '… (the whole caption is in the notes)';

/** Editable text in `box`, at the largest size that fits; the words it shows and whether all. */
function addFitted(
  slide: PptxGenJS.Slide,
  text: string,
  box: Box,
  sizes: readonly number[],
  style: { bold?: boolean; color?: string; valign?: 'top' | 'middle' | 'bottom' } = {},
): boolean {
  const fitted = fitText(text, box, sizes, MORE, style.bold);
  slide.addText(fitted.text, {
    ...box,
    fontFace: FONT,
    fontSize: fitted.pt,
    bold: style.bold ?? false,
    color: style.color ?? INK,
    valign: style.valign ?? 'top',
    margin: 0,
    fit: 'none',
    wrap: true,
  });
  return fitted.whole;
}

/** The speaker notes of a step: the sources of each node in its focus, quoted. */
export function stepNotes(graph: KnowledgeGraph, step: StoryStep, wholeCaption: boolean): string {
  const lines: string[] = [];
  if (!wholeCaption) lines.push(`Caption: ${step.caption}`, '');
  const focus = stepSources(graph, step.focus);
  lines.push(focus.length > 0 ? 'Sources:' : 'No node of this step is in the graph.');
  for (const node of focus) {
    lines.push(`• ${node.label} (${KIND_NAMES[node.kind].one})`);
    for (const s of node.sources) lines.push(`   ${s.doc} § ${s.section}: “${s.quote}”`);
  }
  return lines.join('\n');
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function addTitleSlide(pptx: PptxGenJS, story: Story, options: DeckOptions): void {
  const slide = pptx.addSlide();
  addFitted(slide, story.title, TITLE_SLIDE.title, SIZES.deckTitle, {
    bold: true,
    valign: 'bottom',
  });
  if (story.description)
    addFitted(slide, story.description, TITLE_SLIDE.description, SIZES.description, {
      color: SOFT,
    });
  const steps = story.steps.length === 1 ? '1 step' : `${story.steps.length} steps`;
  addFitted(
    slide,
    `${steps} · made ${options.date}\nDataset: ${options.dataset}`,
    TITLE_SLIDE.about,
    [16, 14, 12],
    {
      color: SOFT,
    },
  );
  slide.addNotes(
    [
      story.description ?? story.title,
      '',
      ...story.steps.map((s, i) => `${i + 1}. ${s.title}`),
    ].join('\n'),
  );
}

function addLegend(slide: PptxGenJS.Slide, step: StoryStep, options: DeckOptions): void {
  const { x, y, w } = STEP_SLIDE.legend;
  NODE_KINDS.filter((k) => !step.hidden.includes(k)).forEach((kind, row) => {
    const entry = options.legend[kind];
    const top = y + row * LEGEND_ROW;
    slide.addShape(entry.shape, {
      x,
      y: top + (LEGEND_ROW - LEGEND_GLYPH) / 2,
      w: LEGEND_GLYPH,
      h: LEGEND_GLYPH,
      fill: { color: entry.color.replace('#', '').toUpperCase() },
      line: { color: INK, width: 0.75 },
    });
    slide.addText(entry.name, {
      x: x + LEGEND_GLYPH + 0.12,
      y: top,
      w: w - LEGEND_GLYPH - 0.12,
      h: LEGEND_ROW,
      fontFace: FONT,
      fontSize: LEGEND_PT,
      color: INK,
      valign: 'middle',
      margin: 0,
      fit: 'none',
    });
  });
}

async function addStepSlide(
  pptx: PptxGenJS,
  story: Story,
  index: number,
  options: DeckOptions,
): Promise<void> {
  const step = story.steps[index];
  if (!step) throw new Error(`step ${index + 1}: the story has no such step`);
  const where = `step ${index + 1} (“${step.title}”)`;
  let png: Uint8Array;
  try {
    png = await options.picture(index);
  } catch (e) {
    throw new Error(
      `${where}: the picture could not be taken: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  const size = pngSize(png, `the picture of ${where}`);
  const slide = pptx.addSlide();
  addFitted(slide, step.title, STEP_SLIDE.title, SIZES.title, { bold: true, valign: 'middle' });
  slide.addShape('line', {
    x: STEP_SLIDE.title.x,
    y: STEP_SLIDE.title.y + STEP_SLIDE.title.h + 0.05,
    w: STEP_SLIDE.title.w,
    h: 0,
    line: { color: RULE, width: 1 },
  });
  slide.addImage({
    data: `image/png;base64,${base64(png)}`,
    ...contain(STEP_SLIDE.picture, size),
    altText: `The graph at step ${index + 1}: ${step.title}`,
  });
  const whole = step.caption
    ? addFitted(slide, step.caption, STEP_SLIDE.caption, SIZES.caption)
    : true;
  addLegend(slide, step, options);
  slide.addText(`${story.title} · step ${index + 1} of ${story.steps.length}`, {
    ...STEP_SLIDE.footer,
    fontFace: FONT,
    fontSize: 10,
    color: SOFT,
    margin: 0,
    valign: 'bottom',
  });
  slide.addNotes(stepNotes(options.graph, step, whole));
}

/** The deck of `story`, as the bytes of a .pptx file. */
export async function storyDeck(
  story: Story,
  options: DeckOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  if (story.steps.length === 0)
    throw new Error(`story “${story.title}” has no steps: capture a view as a step first`);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = story.title;
  pptx.subject = story.description ?? story.title;
  addTitleSlide(pptx, story, options);
  for (let i = 0; i < story.steps.length; i += 1) {
    options.progress?.(i, story.steps.length);
    await addStepSlide(pptx, story, i, options);
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('the slide library wrote no file');
  return new Uint8Array(out);
}
