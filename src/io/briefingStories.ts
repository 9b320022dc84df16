/**
 * Reads the stories a briefing page carries (its block, see briefingPage.ts), checked like any
 * stories file against the graph; a bad block is said with its problems. Loaded only when the page
 * has a block, so the first paint does not wait for the schema library.
 */
import type { Story, StoryContext } from '../model/storySchema';
import { checkStoriesForGraph } from './storiesFile';

/** The stories of a briefing block's text (null: no block), checked against the graph. */
export function readBriefingStories(
  text: string | null,
  ctx: StoryContext,
): { stories: Story[]; problems: string[] } {
  if (text === null || text.trim() === '') return { stories: [], problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { stories: [], problems: [`briefing stories: not JSON (${String(e)})`] };
  }
  const checked = checkStoriesForGraph(json, ctx);
  return { stories: checked.stories, problems: checked.problems.map((p) => `briefing ${p}`) };
}
