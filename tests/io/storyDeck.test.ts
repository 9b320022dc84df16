// The story deck read back as the zip of XML it is: the built-in cybercrime story with pictures
// of known sizes makes a 16:9 deck of one slide per step after a title slide, with the titles and
// captions as text, the verbatim quotes in the notes and each picture placed at its own aspect;
// every XML part is well-formed (the DOM's XML parser reads it), so no program asks to repair it.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BUILT_IN_STORIES } from '../../src/io/embeddedGraph';
import { STEP_SLIDE } from '../../src/io/deckLayout';
import { storyDeck, type DeckOptions } from '../../src/io/storyDeck';
import { stepSources } from '../../src/model/stepSources';
import type { Story } from '../../src/model/storySchema';
import { DECK_LEGEND } from '../../src/ui/export/DeckButton';
import { realGraph } from '../fixtures/realGraph';
import { makePng } from '../helpers/makePng';
import { readDeck } from '../helpers/readDeck';

const EMU_PER_INCH = 914_400;
const graph = realGraph();
const cyber = BUILT_IN_STORIES.stories.find((s) => s.id === 'cybercrime');
if (!cyber) throw new Error('data/stories.json has no cybercrime story');
const story: Story = cyber;

/** Landscape pictures of growing width, and one tall one, so every step's size differs. */
const sizeOf = (i: number) => (i === 2 ? { w: 600, h: 1400 } : { w: 1200 + 150 * i, h: 800 });

function options(overrides: Partial<DeckOptions> = {}): DeckOptions {
  return {
    graph,
    dataset: 'ASEAN–Japan Terrorism & Crime <test>',
    date: '2026-12-02',
    legend: DECK_LEGEND,
    picture: (i) => Promise.resolve(makePng(sizeOf(i).w, sizeOf(i).h)),
    ...overrides,
  };
}

describe('storyDeck', () => {
  it('makes a wide deck: a title slide, then one slide per step', async () => {
    const progress: string[] = [];
    const deck = await readDeck(
      await storyDeck(story, options({ progress: (i, n) => progress.push(`${i + 1}/${n}`) })),
    );
    expect(deck.size).toEqual({ cx: 12_192_000, cy: 6_858_000 }); // 13.333 × 7.5 in
    expect(deck.slides).toHaveLength(story.steps.length + 1);
    expect(progress).toEqual(story.steps.map((_, i) => `${i + 1}/${story.steps.length}`));

    const title = deck.slides[0];
    expect(title?.paragraphs).toContain(story.title);
    expect(title?.paragraphs).toContain(story.description);
    expect(title?.paragraphs.join('\n')).toContain('made 2026-12-02');
    expect(title?.paragraphs.join('\n')).toContain('Dataset: ASEAN–Japan Terrorism & Crime <test>');
    expect(title?.pictures).toEqual([]);
  });

  it('writes only well-formed XML, text with & and < in it included', async () => {
    const deck = await readDeck(
      await storyDeck({ ...story, title: 'Crime & <punishment>', description: 'A & B' }, options()),
    );
    const broken = Object.entries(deck.parts)
      .filter(
        ([, xml]) =>
          new DOMParser()
            .parseFromString(xml, 'application/xml')
            .getElementsByTagName('parsererror').length > 0,
      )
      .map(([name]) => name);
    expect(Object.keys(deck.parts).length).toBeGreaterThan(20);
    expect(broken).toEqual([]);
    expect(deck.slides[0]?.paragraphs).toContain('Crime & <punishment>');
  });

  it('puts each step’s title, caption and legend on its slide as text', async () => {
    const deck = await readDeck(await storyDeck(story, options()));
    story.steps.forEach((step, i) => {
      const slide = deck.slides[i + 1];
      expect(slide?.paragraphs).toContain(step.title);
      expect(slide?.paragraphs).toContain(step.caption);
      expect(slide?.paragraphs).toContain(
        `${story.title} · step ${i + 1} of ${story.steps.length}`,
      );
      // The legend names every kind the step shows and none it hides.
      for (const [kind, entry] of Object.entries(DECK_LEGEND)) {
        const shown = !step.hidden.includes(kind as keyof typeof DECK_LEGEND);
        expect(slide?.paragraphs.includes(entry.name)).toBe(shown);
        if (shown) expect(slide?.xml).toContain(`<a:srgbClr val="${entry.color.slice(1)}"/>`);
      }
      expect(slide?.xml).toContain('prst="hexagon"'); // crime areas, drawn as in the graph
    });
  });

  it('says in the notes what each step rests on, quoting its sources verbatim', async () => {
    const deck = await readDeck(await storyDeck(story, options()));
    story.steps.forEach((step, i) => {
      const notes = deck.slides[i + 1]?.notes ?? '';
      const focus = stepSources(graph, step.focus);
      expect(focus.length).toBeGreaterThan(0);
      for (const node of focus) {
        expect(notes).toContain(node.label);
        for (const s of node.sources)
          expect(notes).toContain(`${s.doc} § ${s.section}: “${s.quote}”`);
      }
    });
  });

  it('places each picture inside its box at the picture’s own aspect', async () => {
    const deck = await readDeck(await storyDeck(story, options()));
    const box = STEP_SLIDE.picture;
    story.steps.forEach((_, i) => {
      const pictures = deck.slides[i + 1]?.pictures ?? [];
      expect(pictures).toHaveLength(1);
      const [picture] = pictures;
      if (!picture) return;
      expect(picture.png).toEqual({ width: sizeOf(i).w, height: sizeOf(i).h });
      expect(picture.cx / picture.cy).toBeCloseTo(picture.png.width / picture.png.height, 3);
      expect(picture.cx).toBeLessThanOrEqual(box.w * EMU_PER_INCH + 1);
      expect(picture.cy).toBeLessThanOrEqual(box.h * EMU_PER_INCH + 1);
      // It fills its box one way: as wide or as high as the box.
      const fills = Math.max(
        picture.cx / (box.w * EMU_PER_INCH),
        picture.cy / (box.h * EMU_PER_INCH),
      );
      expect(fills).toBeCloseTo(1, 3);
    });
  });

  it('shrinks a long caption to fit, and cuts one too long with the whole of it in the notes', async () => {
    const long = 'A caption that goes on and on about cooperation. '.repeat(7).trim();
    const endless = 'Words without end about cooperation. '.repeat(40).trim();
    const own: Story = {
      ...story,
      steps: [
        { ...story.steps[0], title: 'Long', caption: long },
        { ...story.steps[0], title: 'Endless', caption: endless },
      ] as Story['steps'],
    };
    const deck = await readDeck(await storyDeck(own, options()));
    const sizeOfText = (xml: string, text: string) => {
      const at = xml.indexOf(text.slice(0, 30));
      return Number(/sz="(\d+)"/.exec(xml.slice(xml.lastIndexOf('<a:rPr', at)))?.[1]) / 100;
    };
    const first = deck.slides[1];
    expect(first?.paragraphs).toContain(long);
    expect(sizeOfText(first?.xml ?? '', long)).toBeLessThan(20);
    const second = deck.slides[2];
    const cut = second?.paragraphs.find((p) => p.startsWith('Words without end'));
    expect(cut).toMatch(/… \(the whole caption is in the notes\)$/);
    expect(second?.notes).toContain(`Caption: ${endless}`);
  });

  it('fails naming the step when its picture cannot be taken or is not a PNG', async () => {
    await expect(
      storyDeck(
        story,
        options({
          picture: (i) =>
            i === 2
              ? Promise.reject(new Error('the canvas is gone'))
              : Promise.resolve(makePng(10, 10)),
        }),
      ),
    ).rejects.toThrow(
      `step 3 (“${story.steps[2]?.title}”): the picture could not be taken: the canvas is gone`,
    );
    await expect(
      storyDeck(story, options({ picture: () => Promise.resolve(new Uint8Array([1, 2, 3])) })),
    ).rejects.toThrow(`the picture of step 1 (“${story.steps[0]?.title}”) is not a PNG image`);
    await expect(storyDeck({ ...story, steps: [] }, options())).rejects.toThrow('has no steps');
  });
});
