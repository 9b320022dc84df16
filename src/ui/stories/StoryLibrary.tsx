/**
 * The list of stories: built-in ones (play, present, copy to edit) and the person's own (play,
 * present, delete), with "New story".
 */
import type { Story } from '../../model/storySchema';

export interface StoryLibraryProps {
  builtIn: Story[];
  own: Story[];
  playing: string | null;
  play: (id: string) => void;
  present: (id: string) => void;
  copy: (story: Story) => void;
  remove: (story: Story) => void;
  create: () => void;
}

function StoryItem({
  story,
  playing,
  children,
  play,
  present,
}: {
  story: Story;
  playing: boolean;
  children?: React.ReactNode;
  play: (id: string) => void;
  present: (id: string) => void;
}) {
  const steps = `${story.steps.length} step${story.steps.length === 1 ? '' : 's'}`;
  return (
    <li className={playing ? 'story-item is-playing' : 'story-item'}>
      <div className="story-item-text">
        <strong>{story.title}</strong> <span className="story-item-count">({steps})</span>
        {story.description && <p className="story-item-description">{story.description}</p>}
      </div>
      <div className="story-item-actions">
        <button
          type="button"
          onClick={() => play(story.id)}
          disabled={story.steps.length === 0}
          aria-label={`Play ${story.title}`}
          aria-pressed={playing}
        >
          Play
        </button>
        <button
          type="button"
          onClick={() => present(story.id)}
          disabled={story.steps.length === 0}
          aria-label={`Present ${story.title}`}
        >
          Present
        </button>
        {children}
      </div>
    </li>
  );
}

export function StoryLibrary(props: StoryLibraryProps) {
  const { builtIn, own, playing, play, present, copy, remove, create } = props;
  return (
    <>
      <section aria-labelledby="own-stories-heading">
        <div className="stories-heading-row">
          <h3 id="own-stories-heading">My stories</h3>
          <button type="button" onClick={create}>
            New story
          </button>
        </div>
        {own.length === 0 ? (
          <p className="stories-empty">
            None yet. Capture the current view, or copy a built-in story to edit it.
          </p>
        ) : (
          <ul className="story-list">
            {own.map((s) => (
              <StoryItem
                key={s.id}
                story={s}
                playing={playing === s.id}
                play={play}
                present={present}
              >
                <button
                  type="button"
                  className="danger"
                  onClick={() => remove(s)}
                  aria-label={`Delete ${s.title}`}
                >
                  Delete
                </button>
              </StoryItem>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="built-in-stories-heading">
        <h3 id="built-in-stories-heading">Built-in stories</h3>
        <ul className="story-list">
          {builtIn.map((s) => (
            <StoryItem
              key={s.id}
              story={s}
              playing={playing === s.id}
              play={play}
              present={present}
            >
              <button
                type="button"
                onClick={() => copy(s)}
                aria-label={`Copy ${s.title} to my stories`}
              >
                Copy
              </button>
            </StoryItem>
          ))}
        </ul>
      </section>
    </>
  );
}
