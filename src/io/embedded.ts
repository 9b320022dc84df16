/**
 * The embedded dataset's raw files, bundled with the app so nothing is fetched from outside the
 * page: the cited documents of data/sources/ and data/graph.json as written (for tests and tools
 * that validate it; the app starts from the build-time validated graph, see embeddedGraph.ts).
 */
import graphJson from '../../data/graph.json';

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
