// The stories file schema: the shipped data/stories.json validates against the real graph, and bad
// input gives every problem with its code and place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../scripts/readSourceFiles';
import { loadGraph } from '../../src/model/loadGraph';
import { validateStoriesFile } from '../../src/model/storySchema';
import { sampleStory, storyGraph } from '../fixtures/storyFixtures';

const graph = storyGraph();
const ctx = { hasNode: (k: string) => graph.hasNode(k) };

describe('validateStoriesFile', () => {
  it('accepts a well-formed file and fills defaults', () => {
    const story = sampleStory();
    const step = { title: 'Bare', caption: '', focus: ['area:cybercrime'] };
    const result = validateStoriesFile(
      { version: 1, stories: [story, { id: 'b', title: 'B', steps: [step] }] },
      ctx,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.stories[1]?.steps[0]).toMatchObject({ hidden: [], layout: 'fcose' });
  });

  it('refuses something that is not a stories file', () => {
    for (const input of [null, 42, [], { nodes: [] }, 'text']) {
      const result = validateStoriesFile(input, ctx);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.code).toBe('not_a_stories_file');
    }
  });

  it('refuses another version', () => {
    const result = validateStoriesFile({ version: 2, stories: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toMatchObject([{ code: 'unsupported_version' }]);
  });

  it('names story, step and field of every bad field', () => {
    const story = sampleStory('broken');
    const bad = {
      ...story,
      steps: [
        { ...story.steps[0], layout: 'spiral' },
        { ...story.steps[1], hidden: ['planet'], title: '' },
      ],
    };
    const result = validateStoriesFile({ version: 1, stories: [bad] }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.every((p) => p.code === 'invalid_field')).toBe(true);
    const places = result.problems.map((p) => p.place);
    expect(places).toContainEqual({ story: 'broken', step: 0, field: 'layout' });
    expect(places).toContainEqual({ story: 'broken', step: 1, field: 'hidden.0' });
    expect(places).toContainEqual({ story: 'broken', step: 1, field: 'title' });
    expect(result.problems[0]?.message).toMatch(/story "broken", step 1, layout/);
  });

  it('takes a step’s period of whole years and refuses a reversed or broken one', () => {
    const story = sampleStory('years');
    const withPeriod = (period: unknown) => ({
      version: 1,
      stories: [{ ...story, steps: [{ ...story.steps[0], period }] }],
    });
    const good = validateStoriesFile(withPeriod([2004, 2010]), ctx);
    expect(good.ok && good.file.stories[0]?.steps[0]?.period).toEqual([2004, 2010]);
    for (const period of [[2010, 2004], [2004], [2004.5, 2010], '2004-2010']) {
      const result = validateStoriesFile(withPeriod(period), ctx);
      expect(result.ok, JSON.stringify(period)).toBe(false);
      if (!result.ok) expect(result.problems[0]?.place.field).toMatch(/^period/);
    }
  });

  it('refuses a viewport the graph cannot be drawn at, naming its place', () => {
    const story = sampleStory('far');
    const step = (viewport: object) => ({ ...story.steps[0], viewport });
    for (const viewport of [
      { zoom: 1e308, pan: { x: 0, y: 0 } },
      { zoom: 0.01, pan: { x: 0, y: 0 } },
      { zoom: 1, pan: { x: 1e300, y: 0 } },
    ]) {
      const result = validateStoriesFile(
        { version: 1, stories: [{ ...story, steps: [step(viewport)] }] },
        ctx,
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems[0]?.code).toBe('invalid_field');
      expect(result.problems[0]?.place.field).toMatch(/^viewport\.(zoom|pan\.x)$/);
    }
    const fine = { ...story, steps: [step({ zoom: 0.4, pan: { x: 120, y: 60 } })] };
    expect(validateStoriesFile({ version: 1, stories: [fine] }, ctx).ok).toBe(true);
  });

  it('names a story with a bad id by its position', () => {
    const result = validateStoriesFile({
      version: 1,
      stories: [{ ...sampleStory(), id: 'Bad Id' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.place).toEqual({ story: 'Bad Id', field: 'id' });
    const noId = validateStoriesFile({ version: 1, stories: [{ title: 'x', steps: [] }] });
    expect(noId.ok).toBe(false);
    if (!noId.ok) expect(noId.problems[0]?.place).toEqual({ story: '#1', field: 'id' });
  });

  it('refuses focus keys that are not in the graph, and duplicate ids', () => {
    const story = sampleStory('dup');
    story.steps[1]?.focus.push('forum:nowhere');
    const result = validateStoriesFile({ version: 1, stories: [story, sampleStory('dup')] }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: 'unknown_node',
        place: { story: 'dup', step: 1, field: 'focus.2' },
      }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: 'duplicate_story_id', place: { story: 'dup', field: 'id' } }),
    );
  });

  it('checks structure only without a context', () => {
    const story = sampleStory();
    story.steps[0]?.focus.push('forum:nowhere');
    expect(validateStoriesFile({ version: 1, stories: [story] }).ok).toBe(true);
  });
});

describe('validateStoriesFile on values nested 100,000 levels deep', () => {
  const deepArray = (levels: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i += 1) value = [value];
    return value;
  };

  it('refuses a deep version with a problem instead of throwing', () => {
    const result = validateStoriesFile({ version: deepArray(100_000), stories: [] });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'unsupported_version',
          place: { field: 'version' },
          message: 'version: expected version 1, found an array nested 100,000 levels deep',
        },
      ],
    });
  });

  it('names the story, step and field of a deep value anywhere else', () => {
    const story = sampleStory('deep');
    const steps = [{ ...story.steps[0], title: deepArray(100_000) }, story.steps[1]];
    const result = validateStoriesFile({ version: 1, stories: [{ ...story, steps }] }, ctx);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'invalid_field',
          place: { story: 'deep', step: 0, field: 'title.0' },
          message:
            'story "deep", step 1, title.0: expected a value nested at most 64 levels deep in the file, found an array nested 99,999 levels deep',
        },
      ],
    });
  });
});

describe('data/stories.json', () => {
  const stories: unknown = JSON.parse(readFileSync('data/stories.json', 'utf8'));
  const graphFile: unknown = JSON.parse(readFileSync('data/graph.json', 'utf8'));

  it('validates, and every focus key is a node of data/graph.json', () => {
    const { docs } = readSourceFiles('data');
    const loaded = loadGraph(graphFile, docs);
    expect(loaded.ok ? [] : loaded.problems.slice(0, 3)).toEqual([]);
    if (!loaded.ok) return;
    const real = loaded.graph;
    const result = validateStoriesFile(stories, { hasNode: (k) => real.hasNode(k) });
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    for (const story of result.file.stories) {
      for (const [i, step] of story.steps.entries()) {
        // A focus node of a hidden kind would be invisible on screen.
        const hiddenFocus = step.focus.filter((k) =>
          step.hidden.includes(real.getNodeAttribute(k, 'kind')),
        );
        expect(hiddenFocus, `${story.id} step ${i + 1}`).toEqual([]);
        // Long enough to say something, short enough to read on a projector.
        expect(step.caption.length, `${story.id} step ${i + 1}`).toBeGreaterThan(20);
        expect(step.caption.length, `${story.id} step ${i + 1}`).toBeLessThanOrEqual(240);
      }
    }
  });

  it('has one story per crime area, focused on its area, and the overview over time', () => {
    const result = validateStoriesFile(stories);
    if (!result.ok) throw new Error('stories.json does not validate');
    const byId = new Map(result.file.stories.map((s) => [s.id, s]));
    for (const area of AREAS) {
      const story = byId.get(area);
      expect(story, area).toBeDefined();
      expect(story?.steps[0]?.focus[0]).toBe(`area:${area}`);
      expect(story?.steps.length).toBeGreaterThanOrEqual(3);
    }
    const overview = byId.get('asean-japan-over-time');
    const focused = new Set(overview?.steps.flatMap((s) => s.focus));
    for (const key of [
      'declaration:2004-joint-declaration',
      'forum:ajct-dialogue',
      'declaration:2014-joint-declaration',
      'declaration:somtc-japan-work-plan-2015-2017',
      'declaration:somtc-japan-work-plan-2018-2022',
      'project:asean-cyber-capacity-development',
    ])
      expect(focused.has(key), key).toBe(true);
  });
});

const AREAS = [
  'terrorism',
  'illicit-drug-trafficking',
  'trafficking-in-persons',
  'money-laundering',
  'sea-piracy',
  'arms-smuggling',
  'international-economic-crime',
  'cybercrime',
];
