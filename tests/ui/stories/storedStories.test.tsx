// @vitest-environment jsdom
// The person's stored stories survive what goes wrong with them: one bad story never hides the
// others, stored text that cannot be backed up can be downloaded or discarded (never a dead
// end), and typing into a story does not write the whole file on every key.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseStoredStories, serializeStoriesFile } from '../../../src/io/storiesFile';

import {
  STORED_TEXT_FILE_NAME,
  USER_STORIES_BACKUP_KEY,
  USER_STORIES_KEY,
} from '../../../src/ui/stories/useUserStories';
import { sampleStory } from '../../fixtures/storyFixtures';
import { MemoryStorage } from './harness';
import { renderStoriesPanel } from './renderStoriesPanel';

const renderPanel = renderStoriesPanel;

/** Three stored stories, the middle one broken (a step without a title). */
function storedWithOneBad(): string {
  const bad = sampleStory('broken');
  bad.steps[1] = { ...bad.steps[1], title: '' } as never;
  return serializeStoriesFile([sampleStory('first'), bad, sampleStory('third')]);
}

/** A storage that is full: it refuses every new key (the backup), and counts what is written. */
class FullStorage extends MemoryStorage {
  writes = 0;
  override setItem(key: string, value: string) {
    if (this.getItem(key) === null && key !== USER_STORIES_KEY)
      throw new DOMException('full', 'QuotaExceededError');
    this.writes += 1;
    super.setItem(key, value);
  }
}

afterEach(() => vi.restoreAllMocks());

describe('stored stories, read one by one', () => {
  it('keeps the readable stories and names the one left out', () => {
    const read = parseStoredStories(storedWithOneBad());
    expect(read.stories.map((s) => s.id)).toEqual(['first', 'third']);
    expect(read.total).toBe(3);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toBe('story "broken", step 2, title: needs a title');
  });

  it('leaves out the second of two stories with one id', () => {
    const text = serializeStoriesFile([sampleStory('same'), sampleStory('same')]);
    const read = parseStoredStories(text);
    expect(read.stories).toHaveLength(1);
    expect(read.problems[0]?.code).toBe('duplicate_story_id');
  });

  it('reads nothing from text that is not a stories file, and says why', () => {
    expect(parseStoredStories('{"version":1,"stories":[{"id":')).toMatchObject({
      stories: [],
      total: 0,
      problems: [{ code: 'invalid_json' }],
    });
    expect(parseStoredStories('null').problems[0]?.code).toBe('not_a_stories_file');
    expect(parseStoredStories('{"version":2,"stories":[]}').problems[0]?.code).toBe(
      'unsupported_version',
    );
  });

  it('shows the other stories, backs up the stored text and says which story was left out', async () => {
    const storage = new MemoryStorage();
    const raw = storedWithOneBad();
    storage.setItem(USER_STORIES_KEY, raw);
    renderPanel(storage);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      '1 of your 3 saved stories could not be read (story "broken", step 2, title: needs a title); the other 2 are here.',
    );
    expect(alert).toHaveTextContent(USER_STORIES_BACKUP_KEY);
    expect(screen.getAllByRole('button', { name: /^Play / })).toHaveLength(3); // 1 built in, 2 own
    expect(storage.getItem(USER_STORIES_BACKUP_KEY)).toBe(raw);
    // The stored value now holds the readable stories, so the next load is clean.
    expect(parseStoredStories(storage.getItem(USER_STORIES_KEY) ?? '')).toMatchObject({
      problems: [],
      total: 2,
    });
  });
});

describe('stored text that cannot be backed up', () => {
  it('offers download and discard, and saves nothing over it until then', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = new FullStorage();
    const raw = '{"version":1,"stories":[{"id":';
    storage.setItem(USER_STORIES_KEY, raw);
    storage.writes = 0;
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:stored');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPanel(storage);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There was no room to keep a copy of the stored text');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();

    // An edit now is shown but not saved over the stored text.
    await user.click(screen.getByRole('button', { name: 'New story' }));
    await new Promise((r) => setTimeout(r, 500));
    expect(storage.getItem(USER_STORIES_KEY)).toBe(raw);

    await user.click(screen.getByRole('button', { name: 'Download the stored text' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    await expect(blob?.text()).resolves.toBe(raw);
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe(STORED_TEXT_FILE_NAME);

    await user.click(screen.getByRole('button', { name: 'Discard the stored text…' }));
    await user.click(screen.getByRole('button', { name: 'Discard it for good' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The stored text was discarded');
    // The story made meanwhile is saved now.
    const saved = parseStoredStories(storage.getItem(USER_STORIES_KEY) ?? '');
    expect(saved.stories.map((s) => s.title)).toEqual(['My story']);
  });
});

describe('saving while typing', () => {
  it('writes the stories file a few times, not once per key', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = new FullStorage();
    storage.setItem(USER_STORIES_KEY, serializeStoriesFile([sampleStory('mine')]));
    renderPanel(storage, { story: 'mine', step: 0 });
    const caption = await screen.findByRole('textbox', { name: 'Caption of step 1' });
    storage.writes = 0;
    await user.type(caption, ' And more.');
    expect(caption).toHaveValue('Cybercrime is one of eight areas. And more.');
    await vi.waitFor(() =>
      expect(
        parseStoredStories(storage.getItem(USER_STORIES_KEY) ?? '').stories[0]?.steps[0]?.caption,
      ).toBe('Cybercrime is one of eight areas. And more.'),
    );
    expect(storage.writes).toBeLessThanOrEqual(2);
  });
});

describe('a long story', () => {
  it('has only the steps in view in the page, each saying its place, and stays editable', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = new MemoryStorage();
    const long = sampleStory('long');
    const step = long.steps[0];
    if (!step) throw new Error('fixture has no step');
    long.steps = Array.from({ length: 10_000 }, (_v, i) => ({ ...step, title: `Step ${i + 1}` }));
    storage.setItem(USER_STORIES_KEY, serializeStoriesFile([long]));
    // jsdom lays nothing out: the steps' scroll box says it is 700 px tall, each step 170 px.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('story-step') ? 170 : 0;
    });
    const height = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
      return this.classList.contains('story-steps-scroll') ? 700 : (height?.get?.call(this) ?? 0);
    });
    renderPanel(storage, { story: 'long', step: 0 });
    const list = await screen.findByRole('list', { name: 'Steps of My story' });
    const items = list.querySelectorAll('li');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(50);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[0]).toHaveAttribute('aria-setsize', '10000');
    const title = screen.getByRole('textbox', { name: 'Title of step 1' });
    await user.type(title, '!');
    expect(title).toHaveValue('Step 1!');
    // Reordering from the keyboard: focus follows the moved step.
    screen.getByRole('button', { name: 'Move step 1 down' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Title of step 2' })).toHaveValue('Step 1!');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move step 2 down' }));
  });
});

describe('a stored story nested too deep', () => {
  it('is left out unwalked, named, and the others kept', () => {
    const title = `${'['.repeat(100_000)}"x"${']'.repeat(100_000)}`;
    const deep = JSON.stringify({ ...sampleStory('deep'), title: 'TITLE' }).replace(
      '"TITLE"',
      title,
    );
    const text = `{"version":1,"stories":[${JSON.stringify(sampleStory('first'))},${deep}]}`;
    const read = parseStoredStories(text);
    expect(read.stories.map((s) => s.id)).toEqual(['first']);
    expect(read.total).toBe(2);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toMatch(/^story "deep", title\.0: .* levels deep/);
  });
});
