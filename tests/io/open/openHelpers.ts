// Reading the committed fixture files as a person's browser hands them over (bytes and a name).
import { readFileSync } from 'node:fs';
import type { OpenFile } from '../../../src/io/open/checkFiles';

export const FIXTURES = 'tests/fixtures/opendata';

export function fixture(name: string): OpenFile {
  return { name, bytes: new Uint8Array(readFileSync(`${FIXTURES}/${name}`)) };
}

export function textFile(name: string, text: string): OpenFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, 'utf8');
}
