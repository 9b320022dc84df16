// The UI themes' colour tokens (src/ui/styles/base.css), read from the stylesheet: text at 4.5:1 on
// the surfaces it sits on, the focus ring at 3:1 or more on every one of them (panels, page,
// selected rows, the canvas, the header), and the canvas token the same as the canvas palette.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES, type ThemeName } from '../../src/model/theme';
import { CANVAS_PALETTES } from '../../src/view/canvasTheme';
import { contrast } from '../helpers/contrast';

const css = readFileSync('src/ui/styles/base.css', 'utf8');

/** The tokens of one theme: light is :root, the others override it. */
function tokens(theme: ThemeName): Record<string, string> {
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    expect(start, selector).toBeGreaterThanOrEqual(0);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries(
      [...body.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/g)].map((m) => [m[1], m[2]]),
    );
  };
  const light = block(':root');
  return theme === 'light' ? light : { ...light, ...block(`:root[data-theme='${theme}']`) };
}

describe.each(THEMES)('the %s theme', (theme) => {
  const t = tokens(theme);
  const pair = (fg: string, bg: string) => {
    const [a, b] = [t[fg], t[bg]];
    if (!a || !b) throw new Error(`missing --${fg} or --${bg}`);
    return contrast(a, b);
  };

  it('has text at 4.5:1 or more on its surfaces', () => {
    for (const bg of ['panel', 'bg', 'accent-soft', 'surface-2', 'note-bg', 'cite', 'mark']) {
      expect(pair('ink', bg), `ink on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const bg of ['panel', 'bg', 'accent-soft']) {
      expect(pair('ink-soft', bg), `ink-soft on ${bg}`).toBeGreaterThanOrEqual(4.5);
      expect(pair('accent', bg), `accent on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(pair('on-accent', 'accent')).toBeGreaterThanOrEqual(4.5);
    expect(pair('header-ink', 'header-bg')).toBeGreaterThanOrEqual(4.5);
    expect(pair('warn-ink', 'warn-bg')).toBeGreaterThanOrEqual(4.5);
    expect(pair('fault-ink', 'fault-bg')).toBeGreaterThanOrEqual(4.5);
    expect(pair('ink', 'cite-focused')).toBeGreaterThanOrEqual(theme === 'light' ? 4.5 : 4.5);
  });

  it('keeps the focus ring at 3:1 or more wherever it can be', () => {
    for (const bg of ['panel', 'bg', 'accent-soft', 'canvas', 'surface-2']) {
      expect(pair('focus', bg), `focus on ${bg}`).toBeGreaterThanOrEqual(3);
    }
    expect(pair('header-focus', 'header-bg')).toBeGreaterThanOrEqual(3);
  });

  it('draws the canvas on the background its palette is made for', () => {
    expect(t.canvas).toBe(CANVAS_PALETTES[theme].background);
  });
});
