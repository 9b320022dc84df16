/**
 * The one way a message shows a value a person or a file gave: strings quoted, anything else as
 * JSON, and cut to a bounded length with its full length said, so that a 3,000-character key or
 * a 2 MB field never makes a message that long. Never throws: a value nested too deep to write
 * out (a 100,000-deep array overflows JSON.stringify and String alike) is described in words.
 */
import { MAX_NESTING, nestingDepth } from './nestingDepth';

/** Longest rendering of a value in a message, characters. */
export const MAX_SHOWN = 80;

/** A value too deep to write out, in words: `an array nested 100,000 levels deep`. */
function deepValueText(value: object, depth: number): string {
  const what = Array.isArray(value) ? 'an array' : 'an object';
  return depth === Infinity
    ? `${what} that contains itself`
    : `${what} nested ${depth.toLocaleString('en')} levels deep`;
}

function render(value: unknown): string {
  try {
    const depth = nestingDepth(value);
    if (depth > MAX_NESTING && typeof value === 'object' && value !== null)
      return deepValueText(value, depth);
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return String(value);
    } catch {
      return 'a value that cannot be shown';
    }
  }
}

export function describeValue(value: unknown, max = MAX_SHOWN): string {
  if (value === undefined) return 'nothing';
  const text = render(value);
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1)}… (${text.length.toLocaleString('en')} characters)`;
}
