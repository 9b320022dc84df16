// The briefing page's stories block: written right after the head tag, replaced (not added again)
// on a second write, removed when there are no stories, and read back checked against the graph.
import { describe, expect, it } from 'vitest';
import { withBriefingStories } from '../../src/io/briefingPage';
import { readBriefingStories } from '../../src/io/briefingStories';
import { sampleStory } from '../fixtures/storyFixtures';

// A page whose inlined code mentions the very tags the block is made of.
const PAGE =
  '<!doctype html>\n<html><head><meta charset="UTF-8"><script type="module">' +
  'const a = \'</head>\'; const b = \'<script type="application/json" id="briefing-stories">\';' +
  '</script></head><body></body></html>';

const known = { hasNode: () => true };

describe('briefing page', () => {
  it('puts the stories right after <head>, and the code stays as it was', () => {
    const out = withBriefingStories(PAGE, [sampleStory('mine')]);
    expect(out.startsWith('<!doctype html>\n<html><head><script type="application/json"')).toBe(
      true,
    );
    expect(out.endsWith(PAGE.slice(PAGE.indexOf('<meta')))).toBe(true);
  });

  it('replaces the block on a second write and drops it with no stories', () => {
    const once = withBriefingStories(PAGE, [sampleStory('one')]);
    const twice = withBriefingStories(once, [sampleStory('two')]);
    expect(twice.match(/id="briefing-stories">\{/g)).toHaveLength(1);
    expect(twice).toContain('"id": "two"');
    expect(twice).not.toContain('"id": "one"');
    expect(withBriefingStories(twice, [])).toBe(PAGE);
  });

  it('escapes "<" so a caption cannot end the block', () => {
    const story = { ...sampleStory('x'), title: '</script><script>alert(1)</script>' };
    const out = withBriefingStories(PAGE, [story]);
    const block = out.slice(out.indexOf('<head>') + 6, out.indexOf('<meta'));
    expect(block.indexOf('</script>')).toBe(block.length - '</script>'.length);
    const text = block.slice(block.indexOf('>') + 1, -'</script>'.length);
    expect(readBriefingStories(text, known).stories[0]?.title).toBe(story.title);
  });

  it('reads no block as no stories, and says what is wrong with a bad one', () => {
    expect(readBriefingStories(null, known)).toEqual({ stories: [], problems: [] });
    expect(readBriefingStories('{ not json', known).problems[0]).toMatch(
      /^briefing stories: not JSON/,
    );
    const unknown = readBriefingStories(
      JSON.stringify({ version: 1, stories: [sampleStory('y')] }),
      { hasNode: () => false },
    );
    expect(unknown.problems.length).toBeGreaterThan(0);
  });
});
