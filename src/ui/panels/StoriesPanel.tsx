/**
 * The Stories panel: the story playing (step list, previous/next, present, print, PowerPoint),
 * editing of the person's own stories (capture the current view, titles and captions, reorder,
 * delete with undo), the library of built-in and own stories, and export/import of story files.
 */
import { useState } from 'react';
import type { Story } from '../../model/storySchema';
import { freeId } from '../../io/storiesFileWrite';
import { useGraphHandle } from '../graphHandleContext';
import type { PanelProps } from '../panelProps';
import { PrintStoryButton } from '../export/PrintStoryButton';
import { DeckButton } from '../export/DeckButton';
import { CopyLinkButton } from '../stories/CopyLinkButton';
import { enterFullscreen } from '../stories/fullscreen';
import { StoriesFileButtons } from '../stories/StoriesFileButtons';
import { useStories } from '../stories/StoriesContext';
import { StoryLibrary } from '../stories/StoryLibrary';
import { StoredStoriesAlert } from '../stories/StoredStoriesAlert';
import { StoryStepsEditor } from '../stories/StoryStepsEditor';
import { addStep, captureStep, deleteStory, editStory, newStory } from '../../state/storyEdits';
import { playStep, presentStep, selectStep, stopStory } from '../../state/actions';
import '../stories/stories.css';

interface Undo {
  label: string;
  previous: Story[];
}

export function StoriesPanel({ graph, state, act }: PanelProps) {
  const stories = useStories();
  const handle = useGraphHandle();
  const [undo, setUndo] = useState<Undo | null>(null);
  const found = stories.find(state.story);
  const own = stories.stories;
  const builtInIds = new Set(stories.builtIn.map((s) => s.id));
  const taken = new Set([...builtInIds, ...own.map((s) => s.id)]);

  const edit = (f: (all: Story[]) => Story[], undoLabel?: string) => {
    setUndo(undoLabel ? { label: undoLabel, previous: own } : null);
    stories.setStories(f(own));
  };
  // Typing: saves are gathered, so a long story is not written whole on every key.
  const editText = (f: (all: Story[]) => Story[]) => {
    setUndo(null);
    stories.setStories(f(own), 'soon');
  };
  const play = (id: string, step = 0) => {
    const story = stories.find(id)?.story;
    act(story ? playStep(graph, story, step) : selectStep(id, step));
  };
  const present = (id: string, step = 0) => {
    enterFullscreen(); // inside the click: browsers grant full screen to user gestures only
    const story = stories.find(id)?.story;
    act(presentStep(graph, story ?? { id, steps: [] }, step));
  };

  const capture = () => {
    const target = found && !found.builtIn ? found.story : null;
    const story = target ?? newStory('My story', taken);
    const index = target ? Math.min(state.step + 1, target.steps.length) : 0;
    const step = captureStep(state, handle?.getViewport() ?? null, graph, index + 1);
    const base = target ? own : [...own, story];
    stories.setStories(addStep(base, story.id, step, index));
    setUndo(null);
    act(selectStep(story.id, index)); // the view is the step just captured
  };

  const copy = (s: Story) => {
    const id = freeId(`my-${s.id}`, taken);
    const mine = { ...s, id, title: `${s.title} (my copy)` };
    stories.setStories([...own, mine]);
    act(playStep(graph, mine, 0));
  };

  const create = () => {
    const story = newStory('My story', taken);
    stories.setStories([...own, story]);
    act(selectStep(story.id, 0)); // no steps yet
  };

  const remove = (s: Story) => {
    edit((all) => deleteStory(all, s.id), `Story "${s.title}" deleted.`);
    if (state.story === s.id) act(stopStory);
  };

  const count = found?.story.steps.length ?? 0;

  // Nothing to edit before the stored stories are read: an edit now would write over them.
  if (stories.loading)
    return (
      <div className="stories-panel" aria-label="Stories" role="region" aria-busy="true">
        <p>Reading your saved stories…</p>
      </div>
    );

  return (
    <div className="stories-panel" aria-label="Stories" role="region">
      <h2 className="stories-title">Stories</h2>
      <StoredStoriesAlert
        message={stories.message}
        rescue={stories.rescue}
        dismiss={stories.dismissMessage}
      />
      {undo && (
        <div role="status" className="stories-undo">
          <span>{undo.label}</span>
          <button
            type="button"
            onClick={() => {
              stories.setStories(undo.previous);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </div>
      )}

      <button type="button" className="stories-capture" onClick={capture}>
        Capture current view as a step
      </button>

      {found && (
        <section className="story-current" aria-labelledby="current-story-heading">
          {found.builtIn ? (
            <h3 id="current-story-heading">{found.story.title}</h3>
          ) : (
            <>
              <h3 id="current-story-heading" className="visually-hidden">
                {found.story.title}
              </h3>
              <input
                type="text"
                className="story-title-input"
                value={found.story.title}
                aria-label="Story title"
                onChange={(e) =>
                  editText((all) => editStory(all, found.story.id, { title: e.target.value }))
                }
              />
            </>
          )}
          <div className="story-player">
            <button
              type="button"
              onClick={() => play(found.story.id, state.step - 1)}
              disabled={state.step <= 0}
            >
              Previous
            </button>
            <span aria-live="polite">
              Step {count ? Math.min(state.step + 1, count) : 0} of {count}
            </span>
            <button
              type="button"
              onClick={() => play(found.story.id, state.step + 1)}
              disabled={state.step >= count - 1}
            >
              Next
            </button>
            <button
              type="button"
              onClick={() => present(found.story.id, Math.min(state.step, Math.max(count - 1, 0)))}
              disabled={count === 0}
            >
              Present
            </button>
            <PrintStoryButton story={found.story} graph={graph} state={state} act={act} />
            <DeckButton story={found.story} graph={graph} state={state} act={act} />
            <CopyLinkButton />
            <button type="button" onClick={() => act(stopStory)}>
              Close
            </button>
          </div>
          {found.builtIn ? (
            <ol className="story-steps" aria-label={`Steps of ${found.story.title}`}>
              {found.story.steps.map((s, i) => (
                <li key={i} className={i === state.step ? 'story-step is-current' : 'story-step'}>
                  <button
                    type="button"
                    className="story-step-link"
                    onClick={() => play(found.story.id, i)}
                    aria-current={i === state.step ? 'step' : undefined}
                  >
                    {i + 1}. {s.title}
                  </button>
                  {i === state.step && <p className="story-step-caption">{s.caption}</p>}
                </li>
              ))}
            </ol>
          ) : (
            <StoryStepsEditor
              story={found.story}
              current={state.step}
              edit={edit}
              editText={editText}
              show={(i) => play(found.story.id, i)}
            />
          )}
        </section>
      )}

      <StoryLibrary
        builtIn={stories.builtIn}
        own={own}
        playing={found?.story.id ?? null}
        play={(id) => play(id)}
        present={(id) => present(id)}
        copy={copy}
        remove={remove}
        create={create}
      />
      <StoriesFileButtons
        graph={graph}
        own={own}
        builtInIds={builtInIds}
        replaceOwn={stories.setStories}
      />
      {stories.builtInProblems.length > 0 && (
        <details className="stories-error">
          <summary>The built-in stories file has problems</summary>
          <ul>
            {stories.builtInProblems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
