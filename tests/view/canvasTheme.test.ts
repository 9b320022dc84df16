// Every theme's canvas keeps what matters visible: lit paths, the focus border and labels stand
// out from the background (3:1 for graphics, 4.5:1 for label text on its halo), and each theme
// gives its own stylesheet; fades are transitions only with motion.
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/model/theme';
import { CANVAS_PALETTES } from '../../src/view/canvasTheme';
import { buildStylesheet } from '../../src/view/cyStyle';
import { contrast } from '../helpers/contrast';

describe.each(THEMES)('the %s canvas', (theme) => {
  const p = CANVAS_PALETTES[theme];
  it('keeps lit paths and the focus border at 3:1 or more on the background', () => {
    expect(contrast(p.lit, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.ink, p.background)).toBeGreaterThanOrEqual(3);
    expect(p.lit).not.toBe(p.ink);
  });
  it('draws label text at 4.5:1 or more on its halo, presenting too', () => {
    expect(contrast(p.ink, p.halo)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.presentInk, p.halo)).toBeGreaterThanOrEqual(4.5);
  });
  it('puts its colours in the stylesheet', () => {
    const sheet = JSON.stringify(buildStylesheet({ present: false, theme }));
    expect(sheet).toContain(p.lit);
    expect(sheet).toContain(p.halo);
  });
});

it('gives each theme its own stylesheet, light by default', () => {
  const sheets = THEMES.map((theme) => JSON.stringify(buildStylesheet({ present: true, theme })));
  expect(new Set(sheets).size).toBe(THEMES.length);
  expect(JSON.stringify(buildStylesheet({ present: true }))).toBe(sheets[0]);
});

it('fades (the years playing, a focus) as opacity transitions, none under reduced motion', () => {
  const moving = buildStylesheet({ present: false, motion: true });
  const fades = moving.filter(
    (rule) => 'style' in rule && 'transition-property' in (rule.style as object),
  );
  expect(fades).toHaveLength(1);
  expect(JSON.stringify(fades[0])).toContain('"transition-property":"opacity"');
  expect(JSON.stringify(fades[0])).toContain('node, edge');
  expect(JSON.stringify(buildStylesheet({ present: false }))).not.toContain('transition');
});
