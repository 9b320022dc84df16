// @vitest-environment jsdom
// The Stories panel: capture the view as steps, edit titles and captions, reorder, delete with
// undo, and find it all again after a reload; corrupted storage and bad imports lose nothing.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { serializeStoriesFile } from '../../../src/io/storiesFile';
import type { ViewState } from '../../../src/state/viewState';
import { USER_STORIES_BACKUP_KEY, USER_STORIES_KEY } from '../../../src/ui/stories/useUserStories';
import { sampleStory } from '../../fixtures/storyFixtures';
import { MemoryStorage } from './harness';
import { renderStoriesPanel } from './renderStoriesPanel';

const renderPanel = renderStoriesPanel;

function currentState(): ViewState {
  return JSON.parse(screen.getByTestId('state').textContent ?? '{}') as ViewState;
}

function stored(storage: Storage) {
  const raw = storage.getItem(USER_STORIES_KEY);
  return raw ? (JSON.parse(raw) as { stories: ReturnType<typeof sampleStory>[] }).stories : [];
}

describe('StoriesPanel', () => {
  it('captures, edits, reorders and deletes steps, and keeps them across a reload', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = new MemoryStorage();
    const first = renderPanel(storage, { node: 'area:cybercrime', hidden: ['country'] });

    await user.click(screen.getByRole('button', { name: 'Capture current view as a step' }));
    expect(currentState()).toMatchObject({ story: 'my-story', step: 0 });
    const title1 = screen.getByRole('textbox', { name: 'Title of step 1' });
    expect(title1).toHaveValue('Cybercrime');

    await user.clear(title1);
    await user.type(title1, 'Where it starts');
    await user.type(screen.getByRole('textbox', { name: 'Caption of step 1' }), 'Area 8.');

    // A second view, captured after the current step.
    first.unmount();
    const second = renderPanel(storage, {
      node: 'forum:ajcc-dialogue',
      story: 'my-story',
      step: 0,
    });
    // The stored stories are read first (the panel is busy until then).
    await user.click(await screen.findByRole('button', { name: 'Capture current view as a step' }));
    expect(currentState()).toMatchObject({ story: 'my-story', step: 1 });
    await vi.waitFor(() =>
      expect(stored(storage)[0]?.steps.map((s) => s.title)).toEqual([
        'Where it starts',
        'ASEAN-Japan Cybercrime Dialogue',
      ]),
    );
    await vi.waitFor(() =>
      expect(stored(storage)[0]?.steps[1]).toMatchObject({
        focus: ['forum:ajcc-dialogue'],
        layout: 'fcose',
        viewport: { zoom: 1.25, pan: { x: 40, y: -12 } },
      }),
    );

    // Reorder from the keyboard: focus stays on the moved step.
    const moveUp = screen.getByRole('button', { name: 'Move step 2 up' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(stored(storage)[0]?.steps.map((s) => s.title)).toEqual([
        'ASEAN-Japan Cybercrime Dialogue',
        'Where it starts',
      ]),
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move step 1 down' }));

    // Delete, then undo.
    await user.click(screen.getByRole('button', { name: 'Delete step 1' }));
    await vi.waitFor(() => expect(stored(storage)[0]?.steps).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(stored(storage)[0]?.steps).toHaveLength(2));

    // Reload: everything is still there, in order, with the edits.
    second.unmount();
    renderPanel(storage, { story: 'my-story', step: 1 });
    expect(await screen.findByRole('textbox', { name: 'Title of step 2' })).toHaveValue(
      'Where it starts',
    );
    expect(screen.getByRole('textbox', { name: 'Caption of step 2' })).toHaveValue('Area 8.');
    expect(screen.getByRole('textbox', { name: 'Title of step 1' })).toHaveValue(
      'ASEAN-Japan Cybercrime Dialogue',
    );
  }, 20_000);

  it('plays a built-in story and copies it to edit', async () => {
    const user = userEvent.setup({ delay: null });
    renderPanel(new MemoryStorage());
    await user.click(screen.getByRole('button', { name: 'Play My story' }));
    expect(currentState()).toMatchObject({ story: 'cybercrime', step: 0 });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(currentState().step).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link to this step copied.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(window.location.href);
    await user.click(screen.getByRole('button', { name: 'Copy My story to my stories' }));
    expect(currentState().story).toBe('my-cybercrime');
    expect(screen.getByRole('textbox', { name: 'Story title' })).toHaveValue('My story (my copy)');
  });

  it('keeps a corrupted stored value in a backup key and says so', async () => {
    const storage = new MemoryStorage();
    storage.setItem(USER_STORIES_KEY, '{"version":1,"stories":[{"id":');
    renderPanel(storage);
    expect(screen.getByRole('region', { name: 'Stories' })).toHaveAttribute('aria-busy', 'true');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be read/);
    expect(alert).toHaveTextContent(USER_STORIES_BACKUP_KEY);
    expect(storage.getItem(USER_STORIES_BACKUP_KEY)).toBe('{"version":1,"stories":[{"id":');
  });

  it('refuses a foreign file with its problems and imports a good one, renaming clashes', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = new MemoryStorage();
    storage.setItem(USER_STORIES_KEY, serializeStoriesFile([sampleStory('mine')]));
    renderPanel(storage);
    const input = await screen.findByLabelText('Stories file to import');

    const foreign = new File(['{"nodes": [], "edges": []}'], 'graph.json', {
      type: 'application/json',
    });
    await user.upload(input, foreign);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Nothing was imported from graph.json/);
    expect(within(alert).getByRole('listitem')).toHaveAttribute('data-code', 'not_a_stories_file');
    await vi.waitFor(() => expect(stored(storage).map((s) => s.id)).toEqual(['mine']));

    const good = new File(
      [serializeStoriesFile([sampleStory('mine'), sampleStory('cybercrime')])],
      'stories.json',
    );
    await user.upload(input, good);
    expect(await screen.findByText(/Imported 2 stories/)).toHaveTextContent(
      'mine → mine-2, cybercrime → cybercrime-2',
    );
    await vi.waitFor(() =>
      expect(stored(storage).map((s) => s.id)).toEqual(['mine', 'mine-2', 'cybercrime-2']),
    );
  });
});

describe('importing files that are not UTF-8', () => {
  it('reads a Latin-1 file as Windows-1252 and says so next to the outcome', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = new MemoryStorage();
    renderPanel(storage);
    const input = await screen.findByLabelText('Stories file to import');
    const text = serializeStoriesFile([{ ...sampleStory('cafe'), title: 'Café in Hà Nội' }]);
    // "Café" as an old editor saves it: é is the one byte 0xE9 (ộ is not in Latin-1: left out).
    const latin1 = Uint8Array.from(text.replace('Hà Nội', 'Hà Noi'), (c) => c.charCodeAt(0));
    await user.upload(input, new File([latin1], 'stories.json'));
    expect(await screen.findByText(/Imported 1 story/)).toHaveAttribute('role', 'status');
    expect(
      screen.getByText(
        'The file was not UTF-8; it was read as Latin-1 (Windows-1252). Check accented letters.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(stored(storage).map((s) => s.title)).toEqual(['Café in Hà Noi']);

    // The next file, UTF-8, has no notice.
    await user.upload(input, new File([serializeStoriesFile([sampleStory('b')])], 'b.json'));
    await screen.findByText(/Imported 1 story/);
    expect(screen.queryByText(/was not UTF-8/)).toBeNull();
  });

  it('refuses a binary file as not text, changing nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = new MemoryStorage();
    storage.setItem(USER_STORIES_KEY, serializeStoriesFile([sampleStory('mine')]));
    renderPanel(storage);
    const input = await screen.findByLabelText('Stories file to import');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await user.upload(input, new File([png], 'picture.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Nothing was imported from picture.json/);
    const item = within(alert).getByRole('listitem');
    expect(item).toHaveAttribute('data-code', 'not_text');
    expect(item).toHaveTextContent('this is a binary file, not a text file');
    expect(stored(storage).map((s) => s.id)).toEqual(['mine']);
  });
});

describe('own stories in two tabs', () => {
  it('follows what another tab saved', async () => {
    const storage = window.localStorage; // a StorageEvent needs the browser's own Storage
    storage.clear();
    renderPanel(storage);
    expect(screen.queryByRole('button', { name: 'Play From the other tab' })).toBeNull();
    const other = serializeStoriesFile([{ ...sampleStory('other'), title: 'From the other tab' }]);
    storage.setItem(USER_STORIES_KEY, other);
    window.dispatchEvent(
      new StorageEvent('storage', { key: USER_STORIES_KEY, newValue: other, storageArea: storage }),
    );
    expect(
      await screen.findByRole('button', { name: 'Play From the other tab' }),
    ).toBeInTheDocument();
    storage.clear();
  });
});
