// @vitest-environment jsdom
// A picture's title and legend bands take the colours of the canvas they frame, and their text
// stays readable on them (4.5:1), in every theme; the SVG writes those colours.
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/model/theme';
import { bandColours } from '../../src/view/bandColours';
import { composeSvg } from '../../src/ui/export/composeSvg';
import { CANVAS_PALETTES } from '../../src/view/canvasTheme';
import { contrast } from '../helpers/contrast';

describe.each(THEMES)('the %s bands', (theme) => {
  const c = bandColours(theme);
  it('are drawn on the canvas background, with text at 4.5:1 or more', () => {
    expect(c.paper).toBe(CANVAS_PALETTES[theme].background);
    expect(contrast(c.ink, c.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.soft, c.paper)).toBeGreaterThanOrEqual(4.5);
    expect(c.rule).not.toBe(c.paper);
  });
  it('colour the composed SVG', () => {
    const svg = composeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"/>', {
      title: 'Cybercrime',
      subtitle: 'A story',
      kinds: ['area', 'forum'],
      colours: c,
    });
    expect(svg).toContain(`<rect width="100%" height="100%" fill="${c.paper}"/>`);
    expect(svg).toContain(`fill="${c.soft}"`);
    expect(svg).toContain(`stroke="${c.rule}"`);
  });
});
