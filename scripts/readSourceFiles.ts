/**
 * Reads the cited documents from a data folder for the scripts and tests that run under Node
 * (validate:data, the embedded-dataset plugin, test fixtures, the bench); the app has them
 * embedded instead (src/io/embedded.ts). The folder and the file-to-document rule are those of
 * src/io/sourceFiles.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES_FOLDER, documentIdOf } from '../src/io/sourceFiles';

export interface SourceFiles {
  /** Document id → full text. */
  docs: Record<string, string>;
  /** The paths of the files read. */
  files: string[];
}

/** The documents of `dataDir` (e.g. the repository's data/). */
export function readSourceFiles(dataDir: string): SourceFiles {
  const dir = join(dataDir, SOURCES_FOLDER);
  const docs: Record<string, string> = {};
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const id = documentIdOf(name);
    if (id === null) continue;
    const path = join(dir, name);
    docs[id] = readFileSync(path, 'utf8');
    files.push(path);
  }
  return { docs, files };
}
