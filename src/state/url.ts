/**
 * Encoding of the view state in the URL query string, and its forgiving decoding: a parameter
 * that is unknown, garbled or names something that does not exist is dropped with a notice,
 * never an exception, so a bad link still opens the explorer. The parameters themselves are the
 * rows of urlParams.ts; this module only loops over them.
 */
import { describeValue } from '../model/describeValue';
import type { UrlContext } from './urlParam';
import { URL_PARAMS } from './urlParams';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

export type { UrlContext } from './urlParam';

export interface DecodedUrl {
  state: ViewState;
  /** One human-readable line per parameter that was ignored. */
  notices: string[];
}

const KNOWN_PARAMS = new Set(URL_PARAMS.map((row) => row.name));

/** Encodes only what differs from the defaults, in a stable order (the table's). */
export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  for (const row of URL_PARAMS) {
    const value = row.encodeFrom(state);
    if (value !== null) p.set(row.name, value);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** At most this many unknown parameters are named in a notice; the rest are counted. */
const MAX_NAMED_UNKNOWN = 3;

/** Decodes a query string; never throws. */
export function decodeViewState(search: string, ctx: UrlContext): DecodedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, hidden: [] };
  const bad = (name: string, value: string, why: string) =>
    notices.push(
      `Ignored ${describeValue(name, 40).replace(/^"|"$/g, '')}=${describeValue(value)}: ${why}.`,
    );

  // A parameter given twice: the first counts, the others are said to be ignored.
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length > 1 && KNOWN_PARAMS.has(name))
      bad(name, values.slice(1).join(', '), `given ${values.length} times; the first is used`);
  }
  // Unknown parameters: the first few named, the rest counted (a link with a thousand of them
  // gives one line, not a thousand).
  const unknown = [...new Set(params.keys())].filter((name) => !KNOWN_PARAMS.has(name));
  for (const name of unknown.slice(0, MAX_NAMED_UNKNOWN))
    bad(name, params.get(name) ?? '', 'unknown parameter');
  if (unknown.length > MAX_NAMED_UNKNOWN)
    notices.push(`Ignored ${unknown.length - MAX_NAMED_UNKNOWN} more unknown parameters.`);

  // Each parameter in table order, so that a row sees the fields it depends on decoded.
  for (const row of URL_PARAMS) {
    const raw = params.get(row.name);
    if (raw === null) continue;
    for (const { value, why } of row.decodeInto(state, raw, ctx)) bad(row.name, value, why);
  }
  return { state, notices };
}
