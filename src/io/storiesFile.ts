/**
 * Reading a stories file a person imports (or their stored stories): typed problems, never an
 * exception. The writing side (serialize, merge) is in storiesFileWrite.ts, re-exported here.
 */
import {
  validateStoriesFile,
  validateStoriesOneByOne,
  type Story,
  type StoryContext,
  type StoryPlace,
  type StoryProblemCode,
} from '../model/storySchema';
import { parseJsonText } from './parseJsonText';
import { mergeStories, type MergeResult } from './storiesFileWrite';
import { STORIES_FILE_VERSION } from '../model/vocabulary';

export {
  STORIES_FILE_NAME,
  freeId,
  mergeStories,
  serializeStoriesFile,
  type MergeResult,
} from './storiesFileWrite';

export type StoriesFileProblemCode =
  | StoryProblemCode
  | 'empty_file'
  | 'invalid_json'
  | 'too_large'
  /** The chosen file is not text (binary, or broken UTF-16): see io/decodeFileText.ts. */
  | 'not_text'
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

/** The JSON in a stories file's text, or why there is none (too large, empty, not JSON). */
function readJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: StoriesFileProblem[] } {
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
  const json = parseJsonText(text);
  if (json.ok) return json;
  return {
    ok: false,
    problems: [
      {
        code: 'invalid_json',
        place: { line: json.line, column: json.column },
        message: `the file is not valid JSON: ${json.message}`,
      },
    ],
  };
}

/**
 * Parses the text of a stories file. With a context, focus keys are checked against the graph
 * (a file made for another dataset is refused with `unknown_node` problems).
 */
export function parseStoriesFile(text: string, ctx?: StoryContext): ParseStoriesResult {
  const json = readJson(text);
  if (!json.ok) return json;
  const result = validateStoriesFile(json.value, ctx);
  return result.ok ? { ok: true, stories: result.file.stories } : result;
}

/**
 * A stories file checked against the graph, for a list of built-in stories: a bad focus key does
 * not lose the whole file (the stories are kept on a structure-only check) but is reported.
 */
export function checkStoriesForGraph(
  input: unknown,
  ctx: StoryContext,
): { stories: Story[]; problems: string[] } {
  const result = validateStoriesFile(input, ctx);
  if (result.ok) return { stories: result.file.stories, problems: [] };
  const loose = validateStoriesFile(input);
  return {
    stories: loose.ok ? loose.file.stories : [],
    problems: result.problems.map((p) => `stories file: ${p.message}`),
  };
}

/** The person's stored stories, read one by one (see validateStoriesOneByOne). */
export interface StoredStories {
  stories: Story[];
  /** Empty when every stored story was read. */
  problems: StoriesFileProblem[];
  /** How many stories the stored text holds, readable or not (0 when it is not a stories file). */
  total: number;
}

/**
 * Reads the stored stories text: a story that does not pass is left out and reported while the
 * others are kept; text that is not a stories file at all gives no stories and its problems.
 */
export function parseStoredStories(text: string): StoredStories {
  const parsed = readJson(text);
  if (!parsed.ok) return { stories: [], problems: parsed.problems, total: 0 };
  const json = parsed.value;
  const read = validateStoriesOneByOne(json);
  const list = json && typeof json === 'object' ? (json as { stories?: unknown }).stories : null;
  return {
    stories: read.stories,
    problems: read.problems,
    total: Array.isArray(list) ? list.length : 0,
  };
}

export type CheckedMerge =
  { ok: true; merge: MergeResult } | { ok: false; problems: StoriesFileProblem[] };

/**
 * Merges imported stories into the stored ones (see mergeStories) and checks the result against
 * the schema before anyone saves it: a merge that would not load again is refused whole.
 */
export function mergeImported(
  stored: readonly Story[],
  imported: readonly Story[],
  reserved: ReadonlySet<string> = new Set(),
): CheckedMerge {
  const merge = mergeStories(stored, imported, reserved);
  const checked = validateStoriesFile({ version: STORIES_FILE_VERSION, stories: merge.stories });
  return checked.ok ? { ok: true, merge } : { ok: false, problems: checked.problems };
}
