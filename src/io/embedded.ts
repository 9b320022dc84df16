/**
 * The embedded dataset's raw files, bundled with the app so nothing is fetched from outside the
 * page: the cited documents of data/sources/ and data/graph.json as written (for tests and tools
 * that validate it; the app starts from the build-time validated graph, see embeddedGraph.ts).
 */
import graphJson from '../../data/graph.json';
import { documentIdOf } from './sourceFiles';

// The pattern must be written out for Vite: it is data/<SOURCES_FOLDER>/*<SOURCE_EXTENSION> of
// sourceFiles.ts (tests/io/sourceFiles.test.ts checks that it finds the same documents).
const sourceFiles = import.meta.glob<string>('../../data/sources/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Document id (see documentIdOf) → full text. */
export const EMBEDDED_SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(sourceFiles).flatMap(([path, text]) => {
    const id = documentIdOf(path);
    return id === null ? [] : [[id, text] as const];
  }),
);

/** The embedded graph file, not yet validated. */
export const EMBEDDED_GRAPH: unknown = graphJson;
