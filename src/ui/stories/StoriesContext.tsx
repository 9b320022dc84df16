/**
 * One place for all stories: the built-in ones (data/stories.json, validated against the graph
 * when the app was built) and the person's own (localStorage). Provided once above the shell so the panel, the presenter
 * and the highlight read the same stories.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { BUILT_IN_STORIES, BUILT_IN_STORY_PROBLEMS } from '../../io/embeddedGraph';
import type { KnowledgeGraph } from '../../model/graph';
import { validateStoriesFile, type Story, type StoryStep } from '../../model/storySchema';
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

function loadBuiltIn(
  input: unknown,
  graph: KnowledgeGraph,
): { stories: Story[]; problems: string[] } {
  const result = validateStoriesFile(input, { hasNode: (k) => graph.hasNode(k) });
  if (result.ok) return { stories: result.file.stories, problems: [] };
  // A bad focus key should not lose the whole file: fall back to the structure-only check.
  const loose = validateStoriesFile(input);
  return {
    stories: loose.ok ? loose.file.stories : [],
    problems: result.problems.map((p) => `data/stories.json: ${p.message}`),
  };
}

export interface StoriesProviderProps {
  graph: KnowledgeGraph;
  children: ReactNode;
  /**
   * A built-in stories file to validate here against the graph (tests pass their own); by
   * default data/stories.json as validated at build time.
   */
  builtInFile?: unknown;
  /** Where own stories are kept (defaults to localStorage); tests pass their own. */
  storage?: Storage | null;
}

export function StoriesProvider({ graph, children, builtInFile, storage }: StoriesProviderProps) {
  const builtIn = useMemo(
    () =>
      builtInFile === undefined
        ? { stories: BUILT_IN_STORIES.stories, problems: [...BUILT_IN_STORY_PROBLEMS] }
        : loadBuiltIn(builtInFile, graph),
    [builtInFile, graph],
  );
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
