// The data files the scripts read (validate:data, the build's dataset plugin): a syntax error is
// one line naming the file, the line and column, and what is there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../scripts/readJsonFile';

const dirs: string[] = [];
function fileWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'json-file-'));
  dirs.push(dir);
  const path = join(dir, 'graph.json');
  writeFileSync(path, text);
  return path;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readJsonFile', () => {
  it('gives the value of a good file', () => {
    expect(readJsonFile(fileWith('{"nodes": []}'), 'data/graph.json')).toEqual({
      ok: true,
      value: { nodes: [] },
    });
  });

  it('names the line and column where V8 names none', () => {
    const cases: [string, string][] = [
      ['{\n  "nodes": [\n    {"key": NaN}', 'NaN is not valid JSON at line 3, column 13'],
      ['{\n  "nodes": [\n', 'unexpected end of the file at line 3, column 1'],
      [
        '\u0000\u0000\u0001',
        'expected a value, found the control character U+0000 at line 1, column 1',
      ],
    ];
    for (const [text, message] of cases)
      expect(readJsonFile(fileWith(text), 'data/graph.json')).toEqual({
        ok: false,
        problem: `data/graph.json: not valid JSON: ${message}`,
      });
  });

  it('says a missing file could not be read', () => {
    const result = readJsonFile(join(tmpdir(), 'no-such-dir', 'graph.json'), 'data/graph.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^data\/graph\.json: could not be read: /);
  });
});
