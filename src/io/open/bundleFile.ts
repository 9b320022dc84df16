/**
 * Reads the explorer's JSON bundle (model/datasetBundle.ts): the envelope, then the graph in
 * loadGraph's open mode, then the stories against that graph. Every problem names its place:
 * line and column for JSON syntax, the field of the envelope, the node or edge, the story.
 */
import { datasetBundleSchema } from '../../model/datasetBundle';
import { loadGraph } from '../../model/loadGraph';
import { expectedOf, fieldPath, show, valueAt } from '../../model/loadProblems';
import { validateStoriesFile, type Story } from '../../model/storySchema';
import { parseJsonText } from '../parseJsonText';
import type { LoadProblem } from '../../model/loadProblems';
import { fromLoadProblem, openProblem, type OpenPlace, type OpenProblem } from './openProblem';
import type { SerializedDataset } from './openedDataset';

export type BundleResult =
  { ok: true; dataset: Omit<SerializedDataset, 'id'> } | { ok: false; problems: OpenProblem[] };

export function readBundle(file: string, text: string): BundleResult {
  const json = parseJsonText(text);
  if (!json.ok)
    return {
      ok: false,
      problems: [
        openProblem(
          'invalid_json',
          { file, line: json.line, column: json.column },
          `not valid JSON: ${json.message}`,
        ),
      ],
    };
  const envelope = datasetBundleSchema.safeParse(json.value);
  if (!envelope.success)
    return {
      ok: false,
      problems: envelope.error.issues.map((issue) =>
        openProblem(
          'invalid_file',
          { file, field: fieldPath(issue.path) || undefined },
          `expected ${expectedOf(issue)}, found ${show(valueAt(json.value, issue.path))}`,
        ),
      ),
    };
  const { name, graph: graphInput, sources, stories: storiesInput, positions } = envelope.data;
  const loaded = loadGraph(graphInput, sources, { open: true });
  if (!loaded.ok)
    return {
      ok: false,
      problems: loaded.problems.map((p) => fromLoadProblem(p, () => ({ file }))),
    };
  const graph = loaded.graph;
  let stories: Story[] = [];
  if (storiesInput !== undefined) {
    const checked = validateStoriesFile(storiesInput, { hasNode: (k) => graph.hasNode(k) });
    if (!checked.ok)
      return {
        ok: false,
        problems: checked.problems.map((p) =>
          openProblem(p.code, { file, field: 'stories' }, p.message),
        ),
      };
    stories = checked.file.stories;
  }
  return {
    ok: true,
    dataset: {
      name,
      graph: graph.export(),
      sources,
      stories,
      positions: positions ?? null,
      ...setAsideOf(loaded.setAside, () => ({ file })),
    },
  };
}

/** The set-aside edges, their sentences placed in the file by `where`, as a dataset field (none: no field). */
export function setAsideOf(
  setAside: readonly LoadProblem[],
  where: (p: LoadProblem) => OpenPlace,
): { setAside?: LoadProblem[] } {
  if (setAside.length === 0) return {};
  return { setAside: setAside.map((p) => ({ ...p, message: fromLoadProblem(p, where).message })) };
}
