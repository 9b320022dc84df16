/**
 * Text widths without a canvas. Cytoscape draws labels in its default "Helvetica Neue, Helvetica,
 * sans-serif"; these are the advance widths of Helvetica's metrics (as Arial and Liberation Sans
 * share them), so a headless layout (build script, worker) and the label wrapping can know how
 * wide a label will be. A small safety factor covers Helvetica Neue, which runs slightly wider.
 */

/** Advance widths of the printable ASCII characters (space … "~"), in hundredths of an em. */
const REGULAR = [
  28, 28, 35, 56, 56, 89, 67, 19, 33, 33, 39, 58, 28, 33, 28, 28, 56, 56, 56, 56, 56, 56, 56, 56,
  56, 56, 28, 28, 58, 58, 58, 56, 102, 67, 67, 72, 72, 67, 61, 78, 72, 28, 50, 67, 56, 83, 72, 78,
  67, 78, 72, 67, 61, 72, 67, 94, 67, 67, 61, 28, 28, 28, 47, 56, 33, 56, 56, 50, 56, 56, 28, 56,
  56, 22, 22, 50, 22, 83, 56, 56, 56, 56, 33, 50, 28, 56, 50, 72, 50, 50, 50, 33, 26, 33, 58,
];
const BOLD = [
  28, 33, 47, 56, 56, 89, 72, 24, 33, 33, 39, 58, 28, 33, 28, 28, 56, 56, 56, 56, 56, 56, 56, 56,
  56, 56, 33, 33, 58, 58, 58, 61, 98, 72, 72, 72, 72, 67, 61, 78, 72, 28, 56, 72, 61, 83, 72, 78,
  67, 78, 72, 67, 61, 72, 67, 94, 67, 67, 61, 33, 28, 33, 58, 56, 33, 56, 61, 56, 61, 56, 33, 61,
  61, 28, 28, 56, 28, 89, 61, 61, 61, 61, 39, 56, 33, 61, 56, 78, 56, 56, 50, 39, 28, 39, 58,
];
/** Characters outside ASCII that labels use (the ellipsis of cut labels, dashes, quotes). */
const OTHER: Readonly<Record<string, number>> = { '…': 100, '—': 100, '–': 56, '’': 28, '‘': 28 };
/** Anything else: about an average lowercase letter, rounded up. */
const FALLBACK = 60;
/** Helvetica Neue and other stand-ins are up to a few per cent wider than Helvetica. */
const SAFETY = 1.05;

/** The width of one line of text in pixels at `fontSize`, regular or bold. */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    hundredths += (code >= 32 && code < 127 ? table[code - 32] : OTHER[ch]) ?? FALLBACK;
  }
  return (hundredths / 100) * fontSize * SAFETY;
}
