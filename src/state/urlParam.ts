/**
 * What one URL parameter is: its descriptor type, the `param` helper that types a row to its
 * view-state field, and the small parsers and formatters the rows of urlParams.ts are made of.
 */
import type { NodeKind } from '../model/vocabulary';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

/** What the decoder may check names against. */
export interface UrlContext {
  /** The kind of the node with this key, or null when there is none. */
  nodeKind(key: string): NodeKind | null;
  hasDoc(id: string): boolean;
  /** Whether the document (known to exist) has a section with this id. */
  hasPassage(doc: string, section: string): boolean;
  /** Story ids are checked later by the stories layer (user stories live in the browser). */
  /** The first and last years of the data, which a period must stay within (any when absent). */
  years?: readonly [number, number];
  /** The id of the opened dataset shown (null or absent: the built-in one). */
  dataset?: string | null;
}

/** A value, or a part of one, that was ignored, and why: one notice. */
export interface Ignored {
  readonly value: string;
  readonly why: string;
}

/**
 * What a parse made of a raw value: the field's value (some parts may have been ignored, as an
 * unknown kind in a list), or the reason the whole parameter is ignored.
 */
export type Parsed<T> =
  { readonly value: T; readonly ignored: readonly Ignored[] } | { readonly why: string };

export const accept = <T>(value: T, ignored: readonly Ignored[] = []): Parsed<T> => ({
  value,
  ignored,
});
export const reject = (why: string): { readonly why: string } => ({ why });

/** What a row says of its parameter. */
export interface ParamSpec<K extends keyof ViewState> {
  /** The name in the query string. */
  readonly name: string;
  /** The view-state field it holds. */
  readonly field: K;
  /** One line for the README's table of parameters. */
  readonly description: string;
  /**
   * The field's value for the parameter's raw value (an absent parameter is not parsed; an empty
   * one is). `state` holds the fields of the rows above this one, decoded: a row may depend on them.
   */
  readonly parse: (
    raw: string,
    ctx: UrlContext,
    state: Readonly<ViewState>,
  ) => Parsed<ViewState[K]>;
  /** The query value, or null to leave the parameter out (as for the field's default). */
  readonly format: (value: ViewState[K], state: Readonly<ViewState>) => string | null;
}

/** A row of the table, with its default and the two steps the codec's loops call. */
export interface UrlParam<K extends keyof ViewState> extends ParamSpec<K> {
  readonly default: ViewState[K];
  /** Parses `raw` into `state`, or leaves the field as it is; says what was ignored. */
  readonly decodeInto: (state: ViewState, raw: string, ctx: UrlContext) => readonly Ignored[];
  /** The query value for a state, or null when the parameter is left out. */
  readonly encodeFrom: (state: Readonly<ViewState>) => string | null;
}

/** Any row of the table, whatever its field. */
export type AnyUrlParam = { [K in keyof ViewState]: UrlParam<K> }[keyof ViewState];

/** A row of the table: the spec, typed to its field, with the field's default. */
export function param<K extends keyof ViewState>(spec: ParamSpec<K>): UrlParam<K> {
  return {
    ...spec,
    default: DEFAULT_VIEW_STATE[spec.field],
    decodeInto(state, raw, ctx) {
      const parsed = spec.parse(raw, ctx, state);
      if ('why' in parsed) return [{ value: raw, why: parsed.why }];
      state[spec.field] = parsed.value;
      return parsed.ignored;
    },
    encodeFrom: (state) => spec.format(state[spec.field], state),
  };
}

export function isOneOf<T extends string>(values: readonly T[], raw: string): raw is T {
  return (values as readonly string[]).includes(raw);
}

/** One of a fixed list of names. */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): Parsed<T> =>
    isOneOf(values, raw) ? accept(raw) : reject(`expected one of ${values.join(', ')}`);

/** `1` or `0`. */
export const flag = (raw: string): Parsed<boolean> =>
  raw === '1' || raw === '0' ? accept(raw === '1') : reject('expected 1 or 0');

/** The key of a node that exists; empty is none. */
export const nodeKey = (raw: string, ctx: UrlContext): Parsed<string | null> =>
  raw === '' ? accept(null) : ctx.nodeKind(raw) === null ? reject('no such node') : accept(raw);

/** The id of a document that exists; empty is none. */
export const docId = (raw: string, ctx: UrlContext): Parsed<string | null> =>
  raw === '' ? accept(null) : ctx.hasDoc(raw) ? accept(raw) : reject('no such document');

/** A key or id as it is, left out when there is none. */
export const asIs = (value: string | null): string | null => value || null;

/** `1` when on, left out when off. */
export const on = (value: boolean): string | null => (value ? '1' : null);

/** The fields whose value is one word or number. */
type ScalarField = {
  [K in keyof ViewState]: ViewState[K] extends string | number ? K : never;
}[keyof ViewState];

/** The value as text, left out when it is the field's default. */
export const unlessDefault =
  <K extends ScalarField>(field: K) =>
  (value: ViewState[K]): string | null =>
    value === DEFAULT_VIEW_STATE[field] ? null : String(value);
