/**
 * The briefing page: the single-file explorer (vite.single.config.ts) carries the stories it was
 * downloaded with in one JSON block of its own HTML, `<script type="application/json"
 * id="briefing-stories">`. Writing puts the block in the page (replacing any there); reading it
 * back is briefingStories.ts (it needs the schema library, which the first paint does without).
 */
import type { Story } from '../model/storySchema';
import { serializeStoriesFile } from './storiesFileWrite';

export const BRIEFING_STORIES_ID = 'briefing-stories';

const OPEN_TAG = `<script type="application/json" id="${BRIEFING_STORIES_ID}">`;
const HEAD = '<head>';

/** JSON inside a script element: "<" escaped so no "</script>" or "<!--" can end it early. */
const inScript = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The page's HTML with `stories` as its briefing block (no block when there are none). The block
 * sits right after the page's opening head tag, which comes before any script: the page's inlined
 * code contains these very tags as text, so nothing is looked for further down.
 */
export function withBriefingStories(pageHtml: string, stories: readonly Story[]): string {
  const head = pageHtml.indexOf(HEAD);
  if (head < 0) throw new Error('briefing page: the page has no head element');
  const at = head + HEAD.length;
  let rest = pageHtml.slice(at);
  if (rest.startsWith(OPEN_TAG)) {
    const close = rest.indexOf('</script>');
    if (close < 0) throw new Error('briefing page: its briefing block is not closed');
    rest = rest.slice(close + '</script>'.length);
  }
  const block =
    stories.length === 0 ? '' : `${OPEN_TAG}${inScript(serializeStoriesFile(stories))}</script>`;
  return `${pageHtml.slice(0, at)}${block}${rest}`;
}
