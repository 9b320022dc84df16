/**
 * Reads a JSON file of data/ for the scripts (validate:data, the embedded-dataset plugin): its
 * value, or one line naming the file and, for a syntax error, the line and column and what is there.
 */
import { readFileSync } from 'node:fs';
import { parseJsonText } from '../src/io/parseJsonText';

export type JsonFileResult = { ok: true; value: unknown } | { ok: false; problem: string };

/** `label` names the file in the problem, e.g. `data/graph.json`. */
export function readJsonFile(path: string, label: string): JsonFileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, problem: `${label}: could not be read: ${(e as Error).message}` };
  }
  const parsed = parseJsonText(text);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, problem: `${label}: not valid JSON: ${parsed.message}` };
}
