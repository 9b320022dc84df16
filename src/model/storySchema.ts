/**
 * The stories file format (data/stories.json and the files people export), as one zod schema,
 * and its validation: every problem comes back at once with a `code` and a place (story id, step
 * index, field), including focus keys that name no node of the graph.
 */
import { describeValue } from './describeValue';
import { MAX_NESTING, findTooDeep } from './nestingDepth';
import { VIEWPORT_BOUNDS } from './viewportBounds';
import { z } from './zod';
import { STORIES_FILE_VERSION, STORY_ID_MAX } from './vocabulary';
import { layoutNameSchema } from './layouts';
import { nodeKindSchema } from './schema';

const panCoordinate = z.number().min(-VIEWPORT_BOUNDS.maxPan).max(VIEWPORT_BOUNDS.maxPan);

/** Zoom and pan of the graph, as the view adapter reports them, within the bounds it can draw. */
export const viewportSchema = z.strictObject({
  zoom: z.number().min(VIEWPORT_BOUNDS.minZoom).max(VIEWPORT_BOUNDS.maxZoom),
  pan: z.strictObject({ x: panCoordinate, y: panCoordinate }),
});

/** One step: a view of the graph with a title and a caption. */
export const storyStepSchema = z.strictObject({
  title: z.string().min(1, 'needs a title'),
  caption: z.string(),
  /** Node keys lit in this step; the first one is the focused node. */
  focus: z.array(z.string().min(1)),
  /** Kinds hidden by the legend filter. */
  hidden: z.array(nodeKindSchema).default([]),
  layout: layoutNameSchema.default('fcose'),
  hops: z.union([z.literal(1), z.literal(2)]).optional(),
  /** When absent, the view fits the focused nodes. */
  viewport: viewportSchema.optional(),
  /** The years the step shows, both included (see model/timeline.ts); absent: all time. */
  period: z
    .tuple([z.number().int(), z.number().int()])
    .refine(([from, to]) => from <= to, 'expected [from, to] with from not after to')
    .optional(),
});
export type StoryStep = z.infer<typeof storyStepSchema>;

export const storySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens')
    .max(STORY_ID_MAX),
  title: z.string().min(1, 'needs a title'),
  description: z.string().optional(),
  steps: z.array(storyStepSchema),
});
export type Story = z.infer<typeof storySchema>;

export { STORIES_FILE_VERSION };

export const storiesFileSchema = z.strictObject({
  version: z.literal(STORIES_FILE_VERSION),
  stories: z.array(storySchema),
});
export type StoriesFile = z.infer<typeof storiesFileSchema>;

export type StoryProblemCode =
  | 'not_a_stories_file'
  | 'unsupported_version'
  | 'invalid_field'
  | 'duplicate_story_id'
  | 'unknown_node';

/** Where a problem is: the story (id, or its index when the id itself is bad), step and field. */
export interface StoryPlace {
  story?: string;
  step?: number;
  field?: string;
}

export interface StoryProblem {
  code: StoryProblemCode;
  place: StoryPlace;
  /** One sentence naming the place, for people. */
  message: string;
}

export type StoriesResult =
  { ok: true; file: StoriesFile } | { ok: false; problems: StoryProblem[] };

/** What validation checks node keys against; omit it to check the structure only. */
export interface StoryContext {
  hasNode(key: string): boolean;
}

function describePlace(place: StoryPlace): string {
  const parts: string[] = [];
  if (place.story !== undefined) parts.push(`story ${describeValue(place.story)}`);
  if (place.step !== undefined) parts.push(`step ${place.step + 1}`);
  if (place.field) parts.push(place.field);
  return parts.length ? parts.join(', ') : 'the file';
}

function problem(code: StoryProblemCode, place: StoryPlace, what: string): StoryProblem {
  return { code, place, message: `${describePlace(place)}: ${what}` };
}

/** Turns a zod issue path (stories.2.steps.0.focus.1) into a place, naming the story by its id. */
function placeOf(path: readonly PropertyKey[], input: unknown): StoryPlace {
  const place: StoryPlace = {};
  if (path[0] !== 'stories' || typeof path[1] !== 'number') {
    if (path.length) place.field = path.map(String).join('.');
    return place;
  }
  const stories = (input as { stories: unknown[] }).stories;
  const raw = stories[path[1]];
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  place.story = typeof id === 'string' && id ? id : `#${path[1] + 1}`;
  let rest = path.slice(2);
  if (rest[0] === 'steps' && typeof rest[1] === 'number') {
    place.step = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length) place.field = rest.map(String).join('.');
  return place;
}

/** The values nested too deep, as problems, and the indices of the stories holding them. */
function tooDeepProblems(input: unknown): { problems: StoryProblem[]; stories: Set<unknown> } {
  const found = findTooDeep(input);
  return {
    problems: found.map(({ path, value }) =>
      problem(
        'invalid_field',
        placeOf(path, input),
        `expected a value nested at most ${MAX_NESTING} levels deep in the file, found ${describeValue(value)}`,
      ),
    ),
    stories: new Set(found.flatMap(({ path }) => (path[0] === 'stories' ? [path[1]] : []))),
  };
}

/**
 * Validates parsed JSON as a stories file. With a context, every focus key must name a node of
 * the graph. Returns the typed file (defaults filled) or every problem found.
 */
export function validateStoriesFile(input: unknown, ctx?: StoryContext): StoriesResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !('stories' in input))
    return {
      ok: false,
      problems: [problem('not_a_stories_file', {}, 'this is not a stories file')],
    };
  if ((input as { version?: unknown }).version !== STORIES_FILE_VERSION)
    return {
      ok: false,
      problems: [
        problem(
          'unsupported_version',
          { field: 'version' },
          `expected version ${STORIES_FILE_VERSION}, found ${describeValue((input as { version?: unknown }).version)}`,
        ),
      ],
    };
  // A value nested too deep (a 100,000-deep title) is refused before anything walks it.
  const tooDeep = tooDeepProblems(input);
  if (tooDeep.problems.length > 0) return { ok: false, problems: tooDeep.problems };
  const parsed = storiesFileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) =>
        problem('invalid_field', placeOf(i.path, input), i.message),
      ),
    };
  }
  const problems: StoryProblem[] = [];
  const seen = new Set<string>();
  for (const story of parsed.data.stories) {
    if (seen.has(story.id))
      problems.push(
        problem('duplicate_story_id', { story: story.id, field: 'id' }, 'id used twice'),
      );
    seen.add(story.id);
    if (!ctx) continue;
    story.steps.forEach((step, i) => {
      step.focus.forEach((key, j) => {
        if (!ctx.hasNode(key))
          problems.push(
            problem(
              'unknown_node',
              { story: story.id, step: i, field: `focus.${j}` },
              `no node "${key}" in the graph`,
            ),
          );
      });
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, file: parsed.data };
}

/** What a stored stories file holds, read story by story. */
export interface StoriesOneByOne {
  /** The stories that pass the schema, in file order (the first of two with one id). */
  stories: Story[];
  /** Why each story left out was left out (or why the whole file was). */
  problems: StoryProblem[];
}

/**
 * Reads parsed JSON as a stories file one story at a time, structure only: a story that does not
 * pass is left out and reported, so one bad story never hides the others.
 */
export function validateStoriesOneByOne(input: unknown): StoriesOneByOne {
  const whole = validateStoriesFile(input);
  if (whole.ok) return { stories: whole.file.stories, problems: [] };
  const envelope = whole.problems.find(
    (p) => p.code === 'not_a_stories_file' || p.code === 'unsupported_version',
  );
  if (envelope) return { stories: [], problems: whole.problems };
  const list = (input as { stories: unknown }).stories;
  if (!Array.isArray(list)) return { stories: [], problems: whole.problems };
  const stories: Story[] = [];
  const problems: StoryProblem[] = [];
  const seen = new Set<string>();
  // A story holding a value nested too deep is left out unwalked.
  const tooDeep = tooDeepProblems(input);
  problems.push(...tooDeep.problems);
  list.forEach((raw: unknown, index) => {
    if (tooDeep.stories.has(index)) return;
    const parsed = storySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(
          problem(
            'invalid_field',
            placeOf(['stories', index, ...issue.path], input),
            issue.message,
          ),
        );
    } else if (seen.has(parsed.data.id)) {
      problems.push(
        problem('duplicate_story_id', { story: parsed.data.id, field: 'id' }, 'id used twice'),
      );
    } else {
      seen.add(parsed.data.id);
      stories.push(parsed.data);
    }
  });
  return { stories, problems };
}
