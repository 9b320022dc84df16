/**
 * The texts a node's label may take, preferred first: its full name (a paragraph-long one only
 * for the focus), then its short names — the aliases that abbreviate the name (every word of the
 * alias is in the name: "2014 Joint Declaration", "AJCT Dialogue", "ASEAN", not another name
 * such as "ASEAN Member States"), longest first — then cuts of the name at a word, shorter still
 * in a row of the focus frame. A cut ending in "…" comes after an alias at least as short.
 */
/** Longest label drawn in full on the canvas; longer ones are cut at a word and get "…". */
export const MAX_LABEL_CHARS = 42;

/** A label short enough to draw: long titles are cut at a word boundary. */
export function shortLabel(label: string, max = MAX_LABEL_CHARS): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Names longer than this (an action's whole paragraph) are a label only for the focus. */
export const FULL_NAME_MAX_CHARS = 90;
/** Aliases longer than this are not short names. */
const SHORT_NAME_MAX_CHARS = 30;

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s()[\],;:]+/)
    .filter((w) => w.length > 0);

/** The aliases that abbreviate `name`, longest first. */
export function shortNames(name: string, aliases: readonly string[]): string[] {
  const inName = new Set(words(name));
  return aliases
    .filter((a) => a.length <= SHORT_NAME_MAX_CHARS && a.length < name.length)
    .filter((a) => words(a).every((w) => inName.has(w)))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
}

export function labelTexts(
  name: string,
  short: readonly string[],
  options: { focus: boolean; row: boolean },
): string[] {
  const full = options.focus || name.length <= FULL_NAME_MAX_CHARS ? [name] : [];
  const shortest = Math.min(...short.map((s) => s.length));
  const cuts = (options.row ? [42, 24, 16, 12] : [42, 24, 16])
    .map((n) => shortLabel(name, n))
    .filter((cut) => cut === name || cut.length < shortest);
  return [...new Set([...full, ...short, ...cuts])];
}
