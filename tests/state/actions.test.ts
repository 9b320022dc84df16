// The named actions: each changes what it says and keeps the rules that tie fields together.
import { describe, expect, it } from 'vitest';
import {
  askCoverage,
  clearFocus,
  focusFromSearch,
  focusNode,
  leavePresenter,
  openDocument,
  openMatrix,
  openPanel,
  openPassage,
  pickCell,
  playStep,
  presentStep,
  readPassage,
  selectStep,
  setComparison,
  setHops,
  setLayout,
  setTheme,
  setMatrixColumns,
  setPathEnd,
  setPeriod,
  showDetails,
  showOnly,
  showStatedOnly,
  stepYear,
  stopStory,
  swapPathEnds,
  toggleKind,
  withInvariants,
} from '../../src/state/actions';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';
import { sampleStory, storyGraph } from '../fixtures/storyFixtures';

const at = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('the focus', () => {
  it('focuses and clears', () => {
    expect(focusNode('area:cybercrime')(at()).node).toBe('area:cybercrime');
    expect(clearFocus(at({ node: 'area:cybercrime' })).node).toBeNull();
    expect(showDetails('forum:x')(at({ panel: 'sources' }))).toMatchObject({
      node: 'forum:x',
      panel: 'details',
    });
  });

  it('a search pick opens Details unless the panel open follows the focus', () => {
    expect(focusFromSearch('a')(at({ panel: 'coverage' }))).toMatchObject({
      node: 'a',
      panel: 'details',
    });
    expect(focusFromSearch('a')(at({ panel: 'sources' })).panel).toBe('sources');
    expect(focusFromSearch('a')(at({ panel: 'details' })).panel).toBe('details');
  });
});

describe("the graph's look", () => {
  it('asks for a theme, and for the default again', () => {
    expect(setTheme('dark')(at()).theme).toBe('dark');
    expect(setTheme(null)(at({ theme: 'contrast' })).theme).toBeNull();
  });
  it('sets layout, hops and stated-only, and toggles a kind', () => {
    expect(setLayout('grid')(at()).layout).toBe('grid');
    expect(setHops(2)(at()).hops).toBe(2);
    expect(showStatedOnly(true)(at()).stated).toBe(true);
    expect(toggleKind('area')(at()).hidden).toEqual(['area']);
    expect(toggleKind('area')(at({ hidden: ['action', 'area'] })).hidden).toEqual(['action']);
  });
});

describe('panels and answers', () => {
  it('opens panels and asks for coverage', () => {
    expect(openPanel('path')(at()).panel).toBe('path');
    expect(askCoverage('area:x')(at()).coverage).toBe('area:x');
  });

  it('a cell of other columns goes when the columns change, not when they stay', () => {
    const cell: [string, string] = ['area:a', 'forum:f'];
    expect(setMatrixColumns('project')(at({ cell })).cell).toBeNull();
    expect(setMatrixColumns('forum')(at({ cell })).cell).toBe(cell);
    expect(openMatrix('organization')(at({ cell }))).toMatchObject({
      panel: 'matrix',
      matrix: 'organization',
      cell: null,
    });
    expect(pickCell(cell)(at()).cell).toBe(cell);
  });

  it('sets, clears and swaps the path ends', () => {
    const s = setPathEnd('to', 'b')(setPathEnd('from', 'a')(at()));
    expect([s.from, s.to]).toEqual(['a', 'b']);
    expect([swapPathEnds(s).from, swapPathEnds(s).to]).toEqual(['b', 'a']);
    expect(setPathEnd('from', null)(s).from).toBeNull();
  });
});

describe('sources', () => {
  it('opens a document at its start and a passage in the Sources pane', () => {
    expect(openDocument('d')(at({ doc: 'e', passage: '1' }))).toMatchObject({
      doc: 'd',
      passage: null,
    });
    expect(openPassage('d', '8.1(ii)')(at())).toMatchObject({
      panel: 'sources',
      doc: 'd',
      passage: '8.1(ii)',
    });
    expect(readPassage('d', '2', 'area:x')(at({ panel: 'sources' }))).toMatchObject({
      panel: 'sources',
      doc: 'd',
      passage: '2',
      node: 'area:x',
    });
    expect(readPassage('d', '2')(at({ node: 'k' })).node).toBe('k');
  });

  it('filters by one document and compares two', () => {
    expect(showOnly('d')(at()).only).toBe('d');
    expect(setComparison(['a', 'b'])(at()).compare).toEqual(['a', 'b']);
    expect(withInvariants(setComparison(['a', 'a'])(at())).compare).toBeNull();
  });
});

describe('stories', () => {
  const graph = storyGraph();
  const story = sampleStory();
  const step = story.steps[1];
  if (!step) throw new Error('the sample story has two steps');

  it('plays a step: story, step and the step’s view in one change', () => {
    const s = playStep(graph, story, 1)(at({ node: 'somewhere', layout: 'grid' }));
    expect(s.story).toBe(story.id);
    expect(s.step).toBe(1);
    expect(s.node).toBe(step.focus.find((k) => graph.hasNode(k)) ?? null);
    expect(s.layout).toBe(step.layout);
    expect(s.hops).toBe(step.hops ?? 1);
    expect(s.hidden).toEqual(step.hidden);
  });

  it('presents a step, names a step without a view, stops and leaves presenting', () => {
    expect(presentStep(graph, story, 0)(at()).present).toBe(true);
    expect(selectStep('mine', 3)(at({ node: 'k' }))).toMatchObject({
      story: 'mine',
      step: 3,
      node: 'k',
    });
    const playing = at({ story: 's', step: 2, present: true });
    expect(stopStory(playing)).toMatchObject({ story: null, step: 0 });
    expect(leavePresenter(playing)).toMatchObject({ story: 's', step: 2, present: false });
  });

  it('an empty story sets the story and step only', () => {
    const s = playStep(graph, { id: 'empty', steps: [] }, 0)(at({ node: 'k' }));
    expect(s).toMatchObject({ story: 'empty', step: 0, node: 'k' });
  });
});

describe('time', () => {
  const span = [2001, 2027] as const;

  it('sets a period, swapped when reversed and kept within the data’s years, or clears it', () => {
    expect(setPeriod([2004, 2010], span)(at()).period).toEqual([2004, 2010]);
    expect(setPeriod([2010, 2004], span)(at()).period).toEqual([2004, 2010]);
    expect(setPeriod([1990, 2040], span)(at()).period).toEqual([2001, 2027]);
    expect(setPeriod(null, span)(at({ period: [2004, 2010] })).period).toBeNull();
  });

  it('steps the last year on (the graph grows), starts at the first year, stops at the end', () => {
    expect(stepYear(span)(at()).period).toEqual([2001, 2001]);
    expect(stepYear(span)(at({ period: [2004, 2004] })).period).toEqual([2004, 2005]);
    expect(stepYear(span, 5)(at({ period: [2004, 2025] })).period).toEqual([2004, 2027]);
    expect(stepYear(span, -5)(at({ period: [2004, 2006] })).period).toEqual([2001, 2001]);
  });

  it('a story step carries its period; a step without one shows all time', () => {
    const graph = storyGraph();
    const story = sampleStory();
    const withPeriod = {
      ...story,
      steps: story.steps.map((s, i) =>
        i === 0 ? { ...s, period: [2004, 2010] as [number, number] } : s,
      ),
    };
    const played = playStep(graph, withPeriod, 0)(at());
    expect(played.period).toEqual([2004, 2010]);
    expect(playStep(graph, withPeriod, 1)(played).period).toBeNull();
  });
});

describe('withInvariants', () => {
  it('keeps a step with its story and a passage with its document', () => {
    expect(withInvariants(at({ step: 3 })).step).toBe(0);
    expect(withInvariants(at({ story: 's', step: -1 })).step).toBe(0);
    expect(withInvariants(at({ passage: '8' })).passage).toBeNull();
    expect(withInvariants(at({ hidden: ['area', 'area'] })).hidden).toEqual(['area']);
  });

  it('keeps the embed read-only: Details or Sources, never presenting', () => {
    expect(withInvariants(at({ embed: true, panel: 'stories' })).panel).toBe('details');
    expect(withInvariants(at({ embed: true, panel: 'sources' })).panel).toBe('sources');
    expect(withInvariants(at({ embed: true, present: true })).present).toBe(false);
    expect(withInvariants(at({ panel: 'stories', present: true }))).toMatchObject({
      panel: 'stories',
      present: true,
    });
  });

  it('keeps a period in order and of whole years', () => {
    expect(withInvariants(at({ period: [2010, 2004] })).period).toEqual([2004, 2010]);
    expect(withInvariants(at({ period: [2004.5, 2010] })).period).toBeNull();
  });

  it('returns the same state when every rule holds', () => {
    const s = at({ story: 's', step: 2, doc: 'd', passage: '1' });
    expect(withInvariants(s)).toBe(s);
  });
});
