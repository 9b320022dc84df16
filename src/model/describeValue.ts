/**
 * The one way a message shows a value a person or a file gave: strings quoted, anything else as
 * JSON, and cut to a bounded length with its full length said, so that a 3,000-character key or
 * a 2 MB field never makes a message that long.
 */

/** Longest rendering of a value in a message, characters. */
export const MAX_SHOWN = 80;

export function describeValue(value: unknown, max = MAX_SHOWN): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1)}… (${text.length.toLocaleString('en')} characters)`;
}
