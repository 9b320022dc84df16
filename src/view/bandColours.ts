/**
 * The colours of an exported picture's title and legend bands, by the theme the canvas is drawn
 * in, so that a picture is one piece: paper and ink of the canvas, a softer ink for the subtitle,
 * a rule between the bands and the graph. Text keeps 4.5:1 or more on its paper
 * (tests/view/bandColours.test.ts measures it).
 */
import type { ThemeName } from '../model/theme';
import { CANVAS_PALETTES } from './canvasTheme';

export interface BandColours {
  paper: string;
  ink: string;
  soft: string;
  rule: string;
}

const SOFT_AND_RULE: Readonly<Record<ThemeName, { soft: string; rule: string }>> = {
  light: { soft: '#4a5568', rule: '#d5dae1' },
  dark: { soft: '#b8c0cc', rule: '#3a4150' },
  contrast: { soft: '#e0e0e0', rule: '#808080' },
};

export function bandColours(theme: ThemeName): BandColours {
  const { background, ink } = CANVAS_PALETTES[theme];
  return { paper: background, ink, ...SOFT_AND_RULE[theme] };
}
