/**
 * Reading a stories file a person imports (or their stored stories): typed problems, never an
 * exception. The writing side (serialize, merge) is in storiesFileWrite.ts, re-exported here.
 */
import {
  validateStoriesFile,
  type Story,
  type StoryContext,
  type StoryPlace,
  type StoryProblemCode,
} from '../model/storySchema';
import { parseJsonText } from './parseJsonText';

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
  const json = parseJsonText(text);
  if (!json.ok)
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
