/**
 * Parses JSON text people wrote or opened, and on a syntax error always says where (line and
 * column, both from 1) and what was found there, in one bounded sentence. The engine's JSON.parse
 * does the parsing; only a refused text is scanned again to place the error (jsonSyntaxFault.ts).
 */
import { describeValue } from '../model/describeValue';
import { findJsonSyntaxFault } from './jsonSyntaxFault';

export type JsonTextResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      line: number;
      column: number;
      /** What was found and where, e.g. `NaN is not valid JSON at line 4, column 10`. */
      message: string;
    };

/** Line and column (from 1, columns in UTF-16 code units as editors count) of an index. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(index, text.length) - lineStart + 1 };
}

/** A byte order mark an editor left at the start is not an error (RFC 8259 allows ignoring it). */
const BOM = '\uFEFF';

export function parseJsonText(text: string): JsonTextResult {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  let engineMessage: string;
  try {
    return { ok: true, value: JSON.parse(start ? text.slice(start) : text) };
  } catch (error) {
    engineMessage = error instanceof Error ? error.message : String(error);
  }
  const fault = findJsonSyntaxFault(text, start) ?? {
    // The engine refused what the scanner takes: keep the engine's words, placed at the start.
    index: start,
    what: `not valid JSON (${describeValue(engineMessage)})`,
  };
  const { line, column } = lineAndColumn(text, fault.index);
  return { ok: false, line, column, message: `${fault.what} at line ${line}, column ${column}` };
}
