// The stories export file: round trip, typed problems for bad files, and merging without loss.
import { describe, expect, it } from 'vitest';
import {
  freeId,
  mergeImported,
  mergeStories,
  parseStoriesFile,
  serializeStoriesFile,
} from '../../src/io/storiesFile';
import { sampleStory, storyGraph } from '../fixtures/storyFixtures';

const graph = storyGraph();
const ctx = { hasNode: (k: string) => graph.hasNode(k) };

describe('stories file', () => {
  it('round-trips what it serializes', () => {
    const stories = [sampleStory('a'), sampleStory('b')];
    const text = serializeStoriesFile(stories);
    const parsed = parseStoriesFile(text, ctx);
    expect(parsed).toEqual({ ok: true, stories });
  });

  it('gives invalid_json with the line for a corrupted file', () => {
    const text = serializeStoriesFile([sampleStory()]).replace('"steps"', '"steps');
    const parsed = parseStoriesFile(text, ctx);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.code).toBe('invalid_json');
    expect(parsed.problems[0]?.place.line).toBeGreaterThan(1);
  });

  it('places invalid JSON the engine gives no position for: NaN, a cut file, a comment', () => {
    const text = serializeStoriesFile([sampleStory()]);
    const lines = text.split('\n');
    const withNaN = text.replace('"steps": [', '"steps": NaN, "x": [');
    const nanLine = lines.findIndex((l) => l.includes('"steps": [')) + 1;
    const nanColumn = (lines[nanLine - 1]?.indexOf('"steps"') ?? 0) + 10;
    const cases: [string, { line: number; column: number }, string][] = [
      [withNaN, { line: nanLine, column: nanColumn }, 'NaN is not valid JSON'],
      // Cut inside the last line but one, "  ]" (the text ends with "]\n}\n").
      [
        text.slice(0, text.length - 4),
        { line: lines.length - 2, column: 3 },
        'unexpected end of the file',
      ],
      [`// my stories\n${text}`, { line: 1, column: 1 }, 'a comment (//) is not valid JSON'],
    ];
    for (const [bad, place, what] of cases) {
      const parsed = parseStoriesFile(bad, ctx);
      expect(parsed).toEqual({
        ok: false,
        problems: [
          {
            code: 'invalid_json',
            place,
            message: `the file is not valid JSON: ${what} at line ${place.line}, column ${place.column}`,
          },
        ],
      });
    }
  });

  it('refuses a file with a value nested 100,000 levels deep, naming it, without throwing', () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    for (const [text, field] of [
      [`{"version": ${deep}, "stories": []}`, 'version'],
      [`{"version": 1, "stories": [{"id": "a", "title": ${deep}, "steps": []}]}`, 'title.0'],
    ] as const) {
      const parsed = parseStoriesFile(text, ctx);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.map((p) => p.place.field)).toEqual([field]);
    }
  });

  it('gives empty_file, not_a_stories_file and unknown_node', () => {
    const codes = (text: string) => {
      const r = parseStoriesFile(text, ctx);
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes('  \n')).toEqual(['empty_file']);
    expect(codes('{"nodes": [], "edges": []}')).toEqual(['not_a_stories_file']);
    const foreign = sampleStory();
    foreign.steps[0] = { ...foreign.steps[0], focus: ['node:from-another-dataset'] } as never;
    expect(codes(serializeStoriesFile([foreign]))).toEqual(['unknown_node']);
  });
});

describe('mergeStories', () => {
  it('keeps every stored story and renames clashing imports', () => {
    const stored = [sampleStory('mine'), sampleStory('mine-2')];
    const imported = [sampleStory('mine'), sampleStory('cybercrime'), sampleStory('new')];
    const merged = mergeStories(stored, imported, new Set(['cybercrime']));
    expect(merged.stories.map((s) => s.id)).toEqual([
      'mine',
      'mine-2',
      'mine-3',
      'cybercrime-2',
      'new',
    ]);
    expect(merged.stories.slice(0, 2)).toEqual(stored);
    expect(merged.renamed).toEqual([
      { from: 'mine', to: 'mine-3' },
      { from: 'cybercrime', to: 'cybercrime-2' },
    ]);
  });

  it('freeId gives the first free suffix', () => {
    expect(freeId('a', new Set())).toBe('a');
    expect(freeId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });

  it('renames a taken id of 79 or 80 characters to one the schema still takes', () => {
    for (const length of [79, 80]) {
      const id = 'a'.repeat(length - 1) + 'b';
      const stored = [{ ...sampleStory(id), id }];
      const imported = [
        { ...sampleStory(id), id },
        { ...sampleStory(id), id },
      ];
      const merged = mergeStories(stored, imported);
      expect(merged.stories.every((s) => s.id.length <= 80)).toBe(true);
      expect(new Set(merged.stories.map((s) => s.id)).size).toBe(3);
      // The merged stories load again, every one of them.
      const reread = parseStoriesFile(serializeStoriesFile(merged.stories), ctx);
      expect(reread.ok).toBe(true);
      if (reread.ok) expect(reread.stories).toHaveLength(3);
    }
  });
});

describe('mergeImported', () => {
  it('gives the merged stories when they would load again', () => {
    const merged = mergeImported([sampleStory('mine')], [sampleStory('mine')]);
    expect(merged.ok && merged.merge.stories.map((s) => s.id)).toEqual(['mine', 'mine-2']);
  });

  it('refuses a merge that would not load again, naming the story, before anything is saved', () => {
    // A stored story the schema no longer takes (an id made by an older version, too long).
    const stale = { ...sampleStory(), id: 'x'.repeat(81) };
    const merged = mergeImported([stale], [sampleStory('new')]);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.problems[0]?.code).toBe('invalid_field');
    expect(merged.problems[0]?.message).toMatch(/^story "x+… \(83 characters\), id: /);
  });
});
