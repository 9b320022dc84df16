/**
 * One place for all stories: the built-in ones (data/stories.json, validated against the graph
 * when the app was built) and the person's own (localStorage). Provided once above the shell so the panel, the presenter
 * and the highlight read the same stories.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { BUILT_IN_STORIES, BUILT_IN_STORY_PROBLEMS } from '../../io/embeddedGraph';
import type { Story, StoryStep } from '../../model/storySchema';
import type { ViewState } from '../../state/viewState';
import { useUserStories, type UserStories } from './useUserStories';

export interface FoundStory {
  story: Story;
  builtIn: boolean;
}

export interface StoriesValue extends UserStories {
  builtIn: Story[];
  /** Problems of the shipped stories file (empty when it is valid). */
  builtInProblems: string[];
  /** Finds a story by id: built-in first, then own. */
  find: (id: string | null) => FoundStory | null;
}

const StoriesContext = createContext<StoriesValue | null>(null);

/** Stories shipped with the explorer, and the problems of their file (empty when it is valid). */
export interface BuiltInStories {
  stories: Story[];
  problems: string[];
}

export interface StoriesProviderProps {
  children: ReactNode;
  /**
   * The built-in stories and their problems (tests pass their own, from checkStoriesForGraph);
   * by default data/stories.json as validated at build time.
   */
  builtIn?: BuiltInStories;
  /** Where own stories are kept (defaults to localStorage); tests pass their own. */
  storage?: Storage | null;
}

const EMBEDDED: BuiltInStories = {
  stories: BUILT_IN_STORIES.stories,
  problems: [...BUILT_IN_STORY_PROBLEMS],
};

/** Ids of the stories shipped with the app (data/stories.json). */
export const SHIPPED_STORY_IDS: ReadonlySet<string> = new Set(EMBEDDED.stories.map((s) => s.id));

/**
 * The built-in stories of this page: the shipped ones, then those a downloaded briefing carries
 * (read from its block by useBuiltInStories; one with a shipped id is left out and said).
 */
export function withCarriedStories(carried: {
  stories: Story[];
  problems: string[];
}): BuiltInStories {
  const clash = carried.stories.filter((s) => SHIPPED_STORY_IDS.has(s.id));
  return {
    stories: [...EMBEDDED.stories, ...carried.stories.filter((s) => !SHIPPED_STORY_IDS.has(s.id))],
    problems: [
      ...EMBEDDED.problems,
      ...carried.problems,
      ...clash.map(
        (s) => `briefing stories: "${s.id}" is a shipped story's id; the shipped one is kept`,
      ),
    ],
  };
}

export function StoriesProvider({ children, builtIn = EMBEDDED, storage }: StoriesProviderProps) {
  const user = useUserStories(storage);
  const value = useMemo<StoriesValue>(() => {
    const find = (id: string | null): FoundStory | null => {
      if (!id) return null;
      const b = builtIn.stories.find((s) => s.id === id);
      if (b) return { story: b, builtIn: true };
      const u = user.stories.find((s) => s.id === id);
      return u ? { story: u, builtIn: false } : null;
    };
    return { ...user, builtIn: builtIn.stories, builtInProblems: builtIn.problems, find };
  }, [builtIn, user]);
  return <StoriesContext.Provider value={value}>{children}</StoriesContext.Provider>;
}

/** All stories; must be used under StoriesProvider. */
export function useStories(): StoriesValue {
  const value = useContext(StoriesContext);
  if (!value) throw new Error('useStories: no StoriesProvider above this component');
  return value;
}

/** The step the view state points at, or null (no story, unknown story, step out of range). */
export function useCurrentStoryStep(state: Pick<ViewState, 'story' | 'step'>): StoryStep | null {
  const { find } = useStories();
  return find(state.story)?.story.steps[state.step] ?? null;
}
