// The cited documents' files: one rule names the document a file holds, and the app's embedded
// copy (a Vite glob written out) finds the same documents as the scripts reading the folder.
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '../../scripts/readSourceFiles';
import { EMBEDDED_SOURCES } from '../../src/io/embedded';
import { documentIdOf } from '../../src/io/sourceFiles';

describe('documentIdOf', () => {
  it('is the file name without its extension, for a name or a path', () => {
    expect(documentIdOf('joint-declaration-2014.md')).toBe('joint-declaration-2014');
    expect(documentIdOf('../../data/sources/public-facts.md')).toBe('public-facts');
    expect(documentIdOf('data\\sources\\public-facts.md')).toBe('public-facts');
  });

  it('is null for a file that is not a document', () => {
    expect(documentIdOf('README.txt')).toBeNull();
    expect(documentIdOf('notes.md.bak')).toBeNull();
  });
});

describe('the documents of data/sources/', () => {
  it('are the same, with the same texts, embedded in the app and read from disk', () => {
    const { docs, files } = readSourceFiles('data');
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(EMBEDDED_SOURCES).sort()).toEqual(Object.keys(docs).sort());
    for (const [id, text] of Object.entries(docs)) expect(EMBEDDED_SOURCES[id]).toBe(text);
  });
});
