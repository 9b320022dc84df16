/**
 * What is wrong with a file a person opens, and where: the file, its line and column (text
 * formats), the node or edge key, the field or column. One shape for every format, so the open
 * dialog lists them alike; the sentence names the place first.
 */
import type { LoadProblem } from '../../model/loadProblems';

export interface OpenPlace {
  file?: string;
  line?: number;
  column?: number;
  node?: string;
  edge?: string;
  field?: string;
}

export interface OpenProblem {
  /** A LoadProblemCode, a story problem code, or one of the file codes below. */
  code: string;
  place: OpenPlace;
  /** One sentence, place first. */
  message: string;
}

/** The place in words: `nodes.csv, line 4, node "n1", column kind`. */
export function placeText(place: OpenPlace): string {
  const parts: string[] = [];
  if (place.file !== undefined) parts.push(place.file);
  if (place.line !== undefined)
    parts.push(
      place.column !== undefined
        ? `line ${place.line}, column ${place.column}`
        : `line ${place.line}`,
    );
  if (place.node !== undefined) parts.push(`node "${place.node}"`);
  if (place.edge !== undefined) parts.push(`edge "${place.edge}"`);
  if (place.field !== undefined) parts.push(`field ${place.field}`);
  return parts.length > 0 ? parts.join(', ') : 'the file';
}

/** A problem of a file, its sentence built from the place and what is wrong. */
export function openProblem(code: string, place: OpenPlace, what: string): OpenProblem {
  return { code, place, message: `${placeText(place)}: ${what}` };
}

/** A loadGraph problem, placed further by `where` (the file and line of its node or edge). */
export function fromLoadProblem(
  p: LoadProblem,
  where: (p: LoadProblem) => OpenPlace = () => ({}),
): OpenProblem {
  const place: OpenPlace = { ...p.place, ...where(p) };
  return openProblem(p.code, place, `expected ${p.expected}, found ${p.found}`);
}
