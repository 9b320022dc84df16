/**
 * Search normalisation: case, accents, spaces, hyphens and punctuation are folded away so that
 * "cyber crime", "Cyber-Crime" and "Cybercrime" all read "cybercrime". Each normalised text keeps
 * a map back to the original characters so a match can be marked in the text people see.
 */

/** A normalised text and, for each of its characters, the index of its source in the original. */
export interface NormalisedText {
  text: string;
  /** `positions[i]` is the index in the original string of normalised character `i`. */
  positions: number[];
}

const KEEP = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;

/** Folds one string for matching: lowercase, no accents, letters and digits only. */
export function normalise(original: string): NormalisedText {
  let text = '';
  const positions: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const folded = (original[i] ?? '').normalize('NFD').replace(MARKS, '').toLowerCase();
    for (const ch of folded) {
      if (!KEEP.test(ch)) continue;
      text += ch;
      positions.push(i);
    }
  }
  return { text, positions };
}

/**
 * Folds a text for literal phrase search: like `normalise`, but every run of other characters
 * becomes one space, so words stay apart ("Senior Officials' Meeting" → "senior officials meeting").
 */
export function normaliseWords(original: string): NormalisedText {
  let text = '';
  const positions: number[] = [];
  let gap = false;
  for (let i = 0; i < original.length; i++) {
    const folded = (original[i] ?? '').normalize('NFD').replace(MARKS, '').toLowerCase();
    for (const ch of folded) {
      if (!KEEP.test(ch)) {
        gap = text.length > 0;
        continue;
      }
      if (gap) {
        text += ' ';
        positions.push(i);
        gap = false;
      }
      text += ch;
      positions.push(i);
    }
  }
  return { text, positions };
}

/** Inclusive [start, end] character ranges, as fuse.js reports them. */
export type Range = readonly [number, number];

/**
 * Maps inclusive ranges in a normalised text back onto the original string, merging ranges that
 * touch once mapped (a range across a removed space marks the space too).
 */
export function rangesInOriginal(norm: NormalisedText, ranges: readonly Range[]): Range[] {
  const out: [number, number][] = [];
  for (const [s, e] of ranges) {
    const start = norm.positions[s];
    const end = norm.positions[e];
    if (start === undefined || end === undefined) continue;
    const last = out[out.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
