/**
 * The stories export file: serializing a person's stories to JSON, parsing a file they import
 * (typed problems, never an exception), and merging imported stories into the stored ones without
 * losing any: an id that is already taken gets a new one.
 */
import {
  STORIES_FILE_VERSION,
  validateStoriesFile,
  type Story,
  type StoryContext,
  type StoryPlace,
  type StoryProblemCode,
} from '../model/storySchema';

export type StoriesFileProblemCode =
  | StoryProblemCode
  | 'empty_file'
  | 'invalid_json'
  | 'too_large'
  /** The browser could not read the chosen file. */
  | 'unreadable_file';

export interface StoriesFileProblem {
  code: StoriesFileProblemCode;
  place: StoryPlace & { line?: number; column?: number };
  message: string;
}

export type ParseStoriesResult =
  { ok: true; stories: Story[] } | { ok: false; problems: StoriesFileProblem[] };

/** Files above this size are refused before parsing (a stories file is a few kilobytes). */
export const MAX_STORIES_FILE_CHARS = 5_000_000;

/** Suggested file name for an export. */
export const STORIES_FILE_NAME = 'stories.json';

/** Line and column of a JSON.parse failure, when the engine reports them. */
function jsonErrorPlace(text: string, error: unknown): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Parses the text of a stories file. With a context, focus keys are checked against the graph
 * (a file made for another dataset is refused with `unknown_node` problems).
 */
export function parseStoriesFile(text: string, ctx?: StoryContext): ParseStoriesResult {
  if (text.length > MAX_STORIES_FILE_CHARS)
    return {
      ok: false,
      problems: [
        { code: 'too_large', place: {}, message: 'the file is too large for a stories file' },
      ],
    };
  if (text.trim() === '')
    return {
      ok: false,
      problems: [{ code: 'empty_file', place: {}, message: 'the file is empty' }],
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text, error);
    const where = place.line ? ` (line ${place.line}, column ${place.column ?? 1})` : '';
    return {
      ok: false,
      problems: [{ code: 'invalid_json', place, message: `the file is not valid JSON${where}` }],
    };
  }
  const result = validateStoriesFile(json, ctx);
  return result.ok ? { ok: true, stories: result.file.stories } : result;
}

/** The export file for these stories, pretty-printed. */
export function serializeStoriesFile(stories: readonly Story[]): string {
  return `${JSON.stringify({ version: STORIES_FILE_VERSION, stories }, null, 2)}\n`;
}

export interface MergeResult {
  stories: Story[];
  /** Imported stories whose id was taken, with the id they got. */
  renamed: { from: string; to: string }[];
}

/** The first of id, id-2, id-3, … that is not taken. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

/**
 * Appends the imported stories to the stored ones. Nothing stored is replaced: an imported id
 * that is stored already, or `reserved` (built-in story ids), is renamed.
 */
export function mergeStories(
  stored: readonly Story[],
  imported: readonly Story[],
  reserved: ReadonlySet<string> = new Set(),
): MergeResult {
  const taken = new Set([...reserved, ...stored.map((s) => s.id)]);
  const renamed: MergeResult['renamed'] = [];
  const stories = [...stored];
  for (const story of imported) {
    const id = freeId(story.id, taken);
    if (id !== story.id) renamed.push({ from: story.id, to: id });
    taken.add(id);
    stories.push({ ...story, id });
  }
  return { stories, renamed };
}
