/**
 * Text that fits its box on a slide: the largest font size from a list at which the words, wrapped
 * as a slide program wraps them, fit the box's width and height (cut at a word, saying so, when
 * none does). Widths are estimated from
 * per-character classes set wide enough for Arial and for DejaVu Sans (what LibreOffice draws
 * when Arial is missing), so text measured here does not overflow in either.
 */

/** A text box's inner size, in inches. */
export interface TextBox {
  w: number;
  h: number;
}

/** How high a line is, as a multiple of the font size (slide programs use about 1.2). */
export const LINE_HEIGHT = 1.2;
const POINTS_PER_INCH = 72;

/** The width of one character, as a multiple of the font size (bold about 8% wider). */
function charEm(c: string, bold: boolean): number {
  let em = 0.6;
  if (/[\s.,;:'’‘!|()[\]ijlIft]/.test(c)) em = 0.34;
  else if (/[mwMW@%—–]/.test(c)) em = 0.92;
  else if (/[A-Z0-9&]/.test(c)) em = 0.72;
  return bold ? em * 1.08 : em;
}

/** The width of `text` at `pt` points, in inches. */
export function textWidth(text: string, pt: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c, bold);
  return (em * pt) / POINTS_PER_INCH;
}

/** How many lines `text` takes wrapped into `width` inches at `pt` (a long word breaks). */
export function lineCount(text: string, width: number, pt: number, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, pt, bold);
      const space = used > 0 ? textWidth(' ', pt, bold) : 0;
      if (used > 0 && used + space + w > width) {
        lines += 1;
        used = 0;
      }
      if (w > width) {
        // A word wider than the box breaks where it meets the edge.
        lines += Math.ceil(w / width) - 1;
        used = w % width;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/** The height `text` takes in `width` inches at `pt`, in inches. */
export function textHeight(text: string, width: number, pt: number, bold = false): number {
  return (lineCount(text, width, pt, bold) * pt * LINE_HEIGHT) / POINTS_PER_INCH;
}

/** Text as it goes into its box: the size chosen and the words shown. */
export interface FittedText {
  pt: number;
  text: string;
  /** False when the words were cut to fit at the smallest size (the rest is said elsewhere). */
  whole: boolean;
}

/**
 * The largest of `sizes` (points, largest first) at which `text` fits `box`. When it fits at
 * none, the text is cut at a word at the smallest size and ends with `more` (e.g. "… (continued
 * in the notes)"), so it still fits.
 */
export function fitText(
  text: string,
  box: TextBox,
  sizes: readonly number[],
  more: string,
  bold = false,
): FittedText {
  const fits = (t: string, pt: number) => textHeight(t, box.w, pt, bold) <= box.h;
  const pt = sizes.find((size) => fits(text, size));
  if (pt !== undefined) return { pt, text, whole: true };
  const smallest = sizes.at(-1) ?? 10;
  const words = text.split(/\s+/);
  let kept = words.length;
  while (kept > 0 && !fits(`${words.slice(0, kept).join(' ')}${more}`, smallest)) kept -= 1;
  return { pt: smallest, text: `${words.slice(0, kept).join(' ')}${more}`, whole: false };
}
