/**
 * Pure edits of a person's stories: new story, capture a step from the view, change, move and
 * delete steps. Each returns a new array and leaves its input untouched, so "undo" is keeping the
 * previous array.
 */
import { freeId } from '../io/storiesFileWrite';
import type { KnowledgeGraph } from '../model/graph';
import type { Story, StoryStep } from '../model/storySchema';
import type { ViewState } from './viewState';

/** Zoom and pan as a step keeps them (what the view adapter's getViewport gives). */
type Viewport = NonNullable<StoryStep['viewport']>;

/** A lower-case id made from a title: "My briefing!" → "my-briefing". */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'story';
}

/** A new empty story whose id is free among `taken`. */
export function newStory(title: string, taken: ReadonlySet<string>): Story {
  return { id: freeId(slugify(title), taken), title, steps: [] };
}

/** The current view as a step: focused node, hidden kinds, layout, hops and the viewport. */
export function captureStep(
  state: ViewState,
  viewport: Viewport | null,
  graph: KnowledgeGraph,
  stepNumber: number,
): StoryStep {
  const node = state.node && graph.hasNode(state.node) ? state.node : null;
  const title = node ? graph.getNodeAttribute(node, 'label') : `Step ${stepNumber}`;
  const step: StoryStep = {
    title,
    caption: '',
    focus: node ? [node] : [],
    hidden: [...state.hidden],
    layout: state.layout,
    hops: state.hops,
  };
  if (viewport) step.viewport = { zoom: viewport.zoom, pan: { ...viewport.pan } };
  if (state.period) step.period = [state.period[0], state.period[1]];
  return step;
}

function replaceStory(stories: readonly Story[], id: string, f: (s: Story) => Story): Story[] {
  return stories.map((s) => (s.id === id ? f(s) : s));
}

/** Inserts a step at `index` (the end when omitted). */
export function addStep(
  stories: readonly Story[],
  id: string,
  step: StoryStep,
  index?: number,
): Story[] {
  return replaceStory(stories, id, (s) => {
    const steps = [...s.steps];
    steps.splice(index ?? steps.length, 0, step);
    return { ...s, steps };
  });
}

/** Changes fields of one step. */
export function editStep(
  stories: readonly Story[],
  id: string,
  index: number,
  patch: Partial<StoryStep>,
): Story[] {
  return replaceStory(stories, id, (s) => ({
    ...s,
    steps: s.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)),
  }));
}

/** Moves a step by `delta` places (−1 up, +1 down); out of range does nothing. */
export function moveStep(
  stories: readonly Story[],
  id: string,
  index: number,
  delta: number,
): Story[] {
  return replaceStory(stories, id, (s) => {
    const to = index + delta;
    const moving = s.steps[index];
    if (!moving || to < 0 || to >= s.steps.length) return s;
    const steps = [...s.steps];
    steps.splice(index, 1);
    steps.splice(to, 0, moving);
    return { ...s, steps };
  });
}

export function deleteStep(stories: readonly Story[], id: string, index: number): Story[] {
  return replaceStory(stories, id, (s) => ({ ...s, steps: s.steps.filter((_, i) => i !== index) }));
}

export function editStory(
  stories: readonly Story[],
  id: string,
  patch: Partial<Pick<Story, 'title' | 'description'>>,
): Story[] {
  return replaceStory(stories, id, (s) => ({ ...s, ...patch }));
}

export function deleteStory(stories: readonly Story[], id: string): Story[] {
  return stories.filter((s) => s.id !== id);
}
