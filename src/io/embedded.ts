/**
 * The embedded default dataset, bundled with the app so nothing is fetched from outside the page:
 * data/graph.json, data/stories.json and the cited documents of data/sources/.
 */
import graphJson from '../../data/graph.json';
import storiesJson from '../../data/stories.json';

const sourceFiles = import.meta.glob<string>('../../data/sources/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Document id (file name without extension) → full text. */
export const EMBEDDED_SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(sourceFiles).map(([path, text]) => [
    path.replace(/^.*\//, '').replace(/\.md$/, ''),
    text,
  ]),
);

/** The embedded graph file, not yet validated. */
export const EMBEDDED_GRAPH: unknown = graphJson;

/** The built-in stories file, not yet validated. */
export const EMBEDDED_STORIES: unknown = storiesJson;
