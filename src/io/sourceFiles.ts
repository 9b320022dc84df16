/**
 * The files of the cited documents: which folder of data/ holds them and which document a file
 * stands for. The one definition of both, for the app's embedded copy (embedded.ts) and for the
 * scripts and tests that read the folder under Node (scripts/readSourceFiles.ts).
 */

/** The folder of the cited documents, within the data folder: data/sources/. */
export const SOURCES_FOLDER = 'sources';

/** The extension of a document's file. */
export const SOURCE_EXTENSION = '.md';

/**
 * The id of the document a file holds: the file name without its extension
 * ("data/sources/joint-declaration-2014.md" → "joint-declaration-2014"); null for other files.
 */
export function documentIdOf(path: string): string | null {
  const name = path.replace(/^.*[/\\]/, '');
  return name.endsWith(SOURCE_EXTENSION) ? name.slice(0, -SOURCE_EXTENSION.length) : null;
}
