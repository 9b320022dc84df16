// The README names the URL parameters twice, in the Share item and in the table under "The
// address"; both must be the rows of src/state/urlParams.ts, in order, with their descriptions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URL_PARAMS } from '../../src/state/urlParams';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const names = URL_PARAMS.map((row) => row.name);

/** The lines of the README section under this heading. */
function section(heading: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('the README on URL parameters', () => {
  it('lists every parameter under Share, in table order, and no other', () => {
    const list = /the whole view is in the address \(([^;)]*)/.exec(readme)?.[1] ?? '';
    expect([...list.matchAll(/`([^`]+)`/g)].map((m) => m[1])).toEqual(names);
  });

  it('has a table of the parameters, one line per row with its description', () => {
    const rows = section('The address')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\|? *| *\|?$/g, '')));
    expect(rows).toEqual(URL_PARAMS.map((row) => [`\`${row.name}\``, row.description]));
  });
});
