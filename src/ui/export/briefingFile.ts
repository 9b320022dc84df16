/**
 * "Download this briefing", for the single-file explorer (`npm run build:single`): the page's own
 * HTML, kept as it arrived before React drew into it, written out with the person's stories in its
 * briefing block (io/briefingPage.ts), so the one file opens anywhere with those stories.
 */
import { BRIEFING_STORIES_ID, withBriefingStories } from '../../io/briefingPage';
import type { Story } from '../../model/storySchema';

/** True in the single-file build (vite.single.config.ts defines it). */
export const IS_SINGLE_FILE = import.meta.env.VITE_SINGLE_FILE === 'true';

let pristine: string | null = null;

/** Keeps the page's HTML as it arrived; main.tsx calls it before the first render. */
export function rememberPage(): void {
  pristine = `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/** The text of the page's briefing block, or null when it has none. */
export function briefingBlockText(): string | null {
  return document.getElementById(BRIEFING_STORIES_ID)?.textContent ?? null;
}

/** The single-file page with `stories` in it, as a file to download. */
export function briefingFile(stories: readonly Story[]): Blob {
  if (pristine === null)
    throw new Error('This copy of the explorer is not a single-file briefing.');
  return new Blob([withBriefingStories(pristine, stories)], { type: 'text/html' });
}
