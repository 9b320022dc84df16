// @vitest-environment jsdom
// "Download as PowerPoint" in the Stories panel: it walks the steps with progress said in a live
// region, downloads a deck of one slide per step after the title slide, says why when a picture
// cannot be taken, and leaves the view and the camera as they were either way.
import { act as flush, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_ANSWERS } from '../../../src/state/answers';
import type { ViewState } from '../../../src/state/viewState';
import { StoriesPanel } from '../../../src/ui/panels/StoriesPanel';
import type { GraphHandle } from '../../../src/view/graphHandle';
import { stubGraphHandle } from '../../fixtures/graphHandleStub';
import { sampleStory, storyGraph } from '../../fixtures/storyFixtures';
import { makePng } from '../../helpers/makePng';
import { readDeck } from '../../helpers/readDeck';
import { MemoryStorage, Shell } from '../stories/harness';

const graph = storyGraph();
const story = sampleStory('cybercrime');
const START: Partial<ViewState> = { panel: 'stories', story: 'cybercrime', step: 1, node: 'x' };

function renderPanel(handle: GraphHandle) {
  return render(
    <Shell
      graph={graph}
      storage={new MemoryStorage()}
      initial={START}
      builtInFile={{ version: 1, stories: [story] }}
      handle={handle}
    >
      {(state, act) => (
        <StoriesPanel graph={graph} sources={{}} state={state} answers={NO_ANSWERS} act={act} />
      )}
    </Shell>,
  );
}

const currentState = () => JSON.parse(screen.getByTestId('state').textContent ?? '{}') as ViewState;

let downloads: Blob[] = [];
beforeEach(() => {
  downloads = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob);
    return 'blob:deck';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('Download as PowerPoint', () => {
  it('builds the deck step by step and returns to the view and camera the person had', async () => {
    const user = userEvent.setup({ delay: null });
    const shown: number[] = [];
    const setViewport = vi.fn();
    const handle = stubGraphHandle({
      getViewport: () => ({ zoom: 0.8, pan: { x: 5, y: 6 } }),
      setViewport,
      png: () => {
        shown.push(currentState().step);
        return Promise.resolve(new Blob([makePng(300, 200)], { type: 'image/png' }));
      },
    });
    renderPanel(handle);
    const before = currentState();
    const said: string[] = [];
    const status = await screen.findByText('', { selector: '.stories-panel [role="status"]' });
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await user.click(screen.getByRole('button', { name: 'Download as PowerPoint' }));
    await screen.findByText('my-story.pptx is downloaded: 3 slides.', {}, { timeout: 10_000 });
    expect(said).toContain('Step 2 of 2…');
    expect(shown).toEqual([0, 1]); // each picture was taken while its step was shown
    expect(currentState()).toEqual(before);
    expect(setViewport).toHaveBeenCalledWith({ zoom: 0.8, pan: { x: 5, y: 6 } });
    expect(downloads).toHaveLength(1);
    const deck = await readDeck(new Uint8Array(await (downloads[0] as Blob).arrayBuffer()));
    expect(deck.slides.map((s) => s.paragraphs[0])).toEqual([
      'My story',
      'The area',
      'The dialogue',
    ]);
  });

  it('says which step failed and why, and changes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    renderPanel(
      stubGraphHandle({
        png: () =>
          currentState().step === 1
            ? Promise.reject(new Error('the canvas was lost'))
            : Promise.resolve(new Blob([makePng(30, 20)], { type: 'image/png' })),
      }),
    );
    const before = currentState();
    await user.click(screen.getByRole('button', { name: 'Download as PowerPoint' }));
    await screen.findByText(
      'The PowerPoint deck could not be made: step 2 (“The dialogue”): the picture could not be taken: the canvas was lost',
    );
    await flush(() => Promise.resolve());
    expect(currentState()).toEqual(before);
    expect(downloads).toEqual([]);
    expect(screen.getByRole('button', { name: 'Download as PowerPoint' })).toBeEnabled();
  });
});
