// @vitest-environment jsdom
// Playing a story: the URL's step is applied to the view, presenter mode shows the caption and
// counter (and a step's period) and follows clicker keys, and an unknown story or step is a quiet notice.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ViewState } from '../../../src/state/viewState';
import { selectStep } from '../../../src/state/actions';
import { presenterKeyAction } from '../../../src/ui/stories/PresenterOverlay';
import { StoryController } from '../../../src/ui/stories/StoryController';
import { sampleStory, storyGraph } from '../../fixtures/storyFixtures';
import { MemoryStorage, Shell } from './harness';
import { serializeStoriesFile } from '../../../src/io/storiesFileWrite';
import { USER_STORIES_KEY } from '../../../src/ui/stories/useUserStories';

const graph = storyGraph();
const builtInFile = { version: 1, stories: [sampleStory('cybercrime')] };

function renderController(
  initial: Partial<ViewState>,
  onUpdate = vi.fn(),
  storage = new MemoryStorage(),
) {
  render(
    <Shell
      graph={graph}
      storage={storage}
      initial={initial}
      builtInFile={builtInFile}
      onUpdate={onUpdate}
    >
      {(state, act) => <StoryController graph={graph} state={state} act={act} />}
    </Shell>,
  );
  return onUpdate;
}

const state = () => JSON.parse(screen.getByTestId('state').textContent ?? '{}') as ViewState;

describe('StoryController', () => {
  it('applies the step the URL names, without a history entry', () => {
    const onUpdate = renderController({ story: 'cybercrime', step: 1 });
    expect(onUpdate).toHaveBeenCalledWith(
      { node: 'forum:ajcc-dialogue', hidden: ['country'], layout: 'concentric', hops: 2 },
      { replace: true },
    );
    expect(state()).toMatchObject({ node: 'forum:ajcc-dialogue', layout: 'concentric' });
  });

  it('plays an own story the URL names once the stored stories are read, with no notice before', async () => {
    const storage = new MemoryStorage();
    storage.setItem(USER_STORIES_KEY, serializeStoriesFile([sampleStory('mine')]));
    const onUpdate = renderController({ story: 'mine', step: 1 }, vi.fn(), storage);
    expect(screen.queryByRole('status')).toBeNull();
    await vi.waitFor(() =>
      expect(onUpdate).toHaveBeenCalledWith(
        expect.objectContaining({ node: 'forum:ajcc-dialogue' }),
        { replace: true },
      ),
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('presents: caption, counter, clicker keys and Escape', async () => {
    const user = userEvent.setup({ delay: null });
    renderController({ story: 'cybercrime', step: 0, present: true });
    expect(screen.getByRole('heading', { name: 'The area' })).toBeInTheDocument();
    expect(screen.getByText('1 / 2')).toBeInTheDocument();
    expect(screen.getByTestId('presenter-caption')).toHaveTextContent(
      'Cybercrime is one of eight areas.',
    );

    await user.keyboard('{PageDown}');
    expect(state()).toMatchObject({ step: 1, node: 'forum:ajcc-dialogue' });
    expect(screen.getByText('2 / 2')).toBeInTheDocument();
    expect(screen.getByTestId('presenter-caption')).toHaveTextContent(
      'The AJCC Dialogue covers it.',
    );

    await user.keyboard(' '); // at the end, Space stays on the last step
    expect(state().step).toBe(1);
    await user.keyboard('{ArrowLeft}');
    expect(state()).toMatchObject({ step: 0, node: 'area:cybercrime' });
    await user.keyboard('{Escape}');
    expect(state().present).toBe(false);
    expect(screen.queryByTestId('presenter-caption')).not.toBeInTheDocument();
  });

  it('shows the period of each step large, and the clicker walks the years', async () => {
    const user = userEvent.setup({ delay: null });
    const story = sampleStory('years');
    const [first, second] = story.steps;
    if (!first || !second) throw new Error('the sample story has two steps');
    const walk = {
      ...story,
      steps: [
        { ...first, period: [2004, 2014] },
        { ...second, period: [2010, 2010] },
      ],
    };
    render(
      <Shell
        graph={graph}
        storage={new MemoryStorage()}
        initial={{ story: 'years', step: 0, present: true, period: [2004, 2014] }}
        builtInFile={{ version: 1, stories: [walk] }}
        onUpdate={vi.fn()}
      >
        {(s, act) => <StoryController graph={graph} state={s} act={act} />}
      </Shell>,
    );
    const region = screen.getByRole('region', { name: 'Presenter' });
    expect(region).toHaveTextContent('Years shown: 2004–2014');
    await user.keyboard('{PageDown}');
    expect(state()).toMatchObject({ step: 1, period: [2010, 2010] });
    expect(region).toHaveTextContent('Years shown: 2010');
    await user.keyboard('{PageUp}');
    expect(region).toHaveTextContent('Years shown: 2004–2014');
  });

  it('says quietly that a story does not exist, and leaves it out of the address', () => {
    const onUpdate = renderController({ story: 'nowhere', step: 2 });
    expect(screen.getByRole('status')).toHaveTextContent('There is no story "nowhere"');
    expect(onUpdate).toHaveBeenCalledWith({ story: null, step: 0 }, { replace: true });
    expect(state()).toMatchObject({ story: null, step: 0 });
    expect(screen.getByRole('status')).toHaveTextContent('it was left out of the address');
  });

  it('says quietly that a step is out of range', () => {
    renderController({ story: 'cybercrime', step: 7 });
    expect(screen.getByRole('status')).toHaveTextContent('has 2 steps; step 8 does not exist');
  });
});

describe('presenterKeyAction', () => {
  it('maps clicker keys to steps, clamped to the story', () => {
    expect(presenterKeyAction('ArrowRight', 0, 3)).toBe(1);
    expect(presenterKeyAction('PageDown', 2, 3)).toBe(2);
    expect(presenterKeyAction('PageUp', 0, 3)).toBe(0);
    expect(presenterKeyAction('Backspace', 2, 3)).toBe(1);
    expect(presenterKeyAction('End', 0, 3)).toBe(2);
    expect(presenterKeyAction('Home', 2, 3)).toBe(0);
    expect(presenterKeyAction('Escape', 1, 3)).toBe('leave');
    expect(presenterKeyAction('x', 1, 3)).toBeNull();
  });

  it('drops the notice about an unknown story once a story that exists plays', async () => {
    render(
      <Shell
        graph={graph}
        storage={new MemoryStorage()}
        initial={{ story: 'nope' }}
        builtInFile={builtInFile}
      >
        {(state, act) => (
          <>
            <StoryController graph={graph} state={state} act={act} />
            <button type="button" onClick={() => act(selectStep('cybercrime', 0))}>
              Play
            </button>
          </>
        )}
      </Shell>,
    );
    await vi.waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('There is no story "nope"'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.queryByText(/There is no story "nope"/)).toBeNull();
  });
});
