/**
 * The stories file's writing side: serializing a person's stories to JSON and merging imported
 * stories into the stored ones without losing any (an id that is already taken gets a new one).
 * Nothing here validates, so it loads without the schema library; reading a file is
 * storiesFile.ts.
 */
import type { Story } from '../model/storySchema';
import { STORIES_FILE_VERSION, STORY_ID_MAX } from '../model/vocabulary';

/** Suggested file name for an export. */
export const STORIES_FILE_NAME = 'stories.json';

/** The export file for these stories, pretty-printed. */
export function serializeStoriesFile(stories: readonly Story[]): string {
  return `${JSON.stringify({ version: STORIES_FILE_VERSION, stories }, null, 2)}\n`;
}

export interface MergeResult {
  stories: Story[];
  /** Imported stories whose id was taken, with the id they got. */
  renamed: { from: string; to: string }[];
}

/**
 * The first of id, id-2, id-3, … that is not taken, each at most STORY_ID_MAX characters: the id
 * is cut before its number where it would run longer (a renamed story must still load).
 */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const base = id.slice(0, STORY_ID_MAX - suffix.length).replace(/-+$/, '');
    const candidate = `${base || 'story'}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
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
