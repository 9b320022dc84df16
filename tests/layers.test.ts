// Pure logic does not live in src/ui/ (issue #16). Every src/ui/**/*.ts file (not .tsx) must be
// UI code: it imports from 'react' or 'react-dom', or it uses the DOM (one of DOM_NAMES below:
// document, window, HTMLElement, Blob, fetch…). A file that does neither is pure logic and belongs
// in a pure layer (model, search, io, state), with its test beside the others of that layer.
// The file is read with TypeScript's parser, so a name in a comment or a string does not count;
// a file of types only (no code, e.g. props interfaces) holds no logic and passes. NOT_YET_MOVED
// names the pure files kept in ui/ for now, each with the reason; an entry that is no longer
// needed fails the test too, so the list only shrinks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const UI = 'src/ui';

/** Browser names whose use makes a file DOM code (besides any HTML…Element or SVG…Element). */
const DOM_NAMES = new Set([
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'Element',
  'Event',
  'KeyboardEvent',
  'MouseEvent',
  'Storage',
  'StorageEvent',
  'Document',
  'XMLDocument',
  'DOMParser',
  'XMLSerializer',
  'Blob',
  'File',
  'FileReader',
  'createObjectURL',
  'fetch',
  'requestAnimationFrame',
  'getComputedStyle',
]);

/** Pure files that stay in ui/ for now, and why. */
const NOT_YET_MOVED: Readonly<Record<string, string>> = {
  'src/ui/export/pngLayout.ts': 'the picture export is being reworked elsewhere; moves after that',
};

/** What a file is, read from its syntax tree. */
function kindOf(path: string): 'ui' | 'types only' | 'pure' {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  let ui = false;
  const visit = (node: ts.Node): void => {
    if (ui) return;
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      ui = /^react(-dom)?(\/|$)/.test(node.moduleSpecifier.text);
    } else if (ts.isIdentifier(node)) {
      ui = DOM_NAMES.has(node.text) || /^(HTML|SVG)\w*Element$/.test(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (ui) return 'ui';
  const typesOnly = file.statements.every(
    (s) =>
      ts.isImportDeclaration(s) ||
      ts.isInterfaceDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) ||
      (ts.isExportDeclaration(s) && s.isTypeOnly),
  );
  return typesOnly ? 'types only' : 'pure';
}

const uiModules = readdirSync(UI, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join(UI, f).split('\\').join('/'))
  .sort();

describe('layers', () => {
  it('finds the .ts modules of src/ui/', () => {
    expect(uiModules.length).toBeGreaterThan(10);
  });

  it('keeps pure logic out of src/ui/: each .ts module there uses React or the DOM', () => {
    const pure = uiModules.filter((f) => kindOf(f) === 'pure' && !(f in NOT_YET_MOVED));
    // A file named here holds logic without React or the DOM: move it to model, search, io or state.
    expect(pure).toEqual([]);
  });

  it('lists only files that still need the exception', () => {
    const stale = Object.keys(NOT_YET_MOVED).filter(
      (f) => !uiModules.includes(f) || kindOf(f) !== 'pure',
    );
    expect(stale).toEqual([]);
  });
});
