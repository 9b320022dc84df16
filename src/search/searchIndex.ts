/**
 * The search index, built once per graph and queried per keystroke. Names (each node's label and
 * aliases) are matched fuzzily by fuse.js after normalisation (see normalise.ts), so spacing,
 * hyphens, case and typos never get in the way; descriptions are matched literally, as a phrase,
 * so long texts add findability without fuzzy noise. Hits are ranked in tiers: the name typed in
 * full (an acronym), a name that starts with the query, a word that starts with it, the query
 * elsewhere in a name, a fuzzy match from the start of a name, any other fuzzy match, and last a
 * phrase in the description. Exact matches are found without fuse; fuse runs only when they do
 * not fill the list.
 */
import Fuse from 'fuse.js';
import type { KnowledgeGraph } from '../model/graph';
import type { NodeKind } from '../model/schema';
import {
  normalise,
  normaliseWords,
  rangesInOriginal,
  type NormalisedText,
  type Range,
} from './normalise';

/** A piece of text to show with the matched characters marked. */
export interface MarkedText {
  text: string;
  /** Inclusive [start, end] ranges of `text` to mark. */
  ranges: Range[];
}

/** One search result. */
export interface SearchHit {
  key: string;
  kind: NodeKind;
  /** The node's label, marked where it matched. */
  label: MarkedText;
  /** When the label itself did not match: the alias or description excerpt that did. */
  via: { field: 'alias' | 'description'; text: MarkedText } | null;
}

export interface SearchOptions {
  /** Only these kinds (all when omitted or empty). */
  kinds?: readonly NodeKind[];
  /** At most this many hits (default 20). */
  limit?: number;
}

/** A prebuilt index; `search` is cheap enough to run on every keystroke. */
export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** How many nodes the index holds. */
  readonly size: number;
}

interface IndexedNode {
  key: string;
  kind: NodeKind;
  label: string;
  description: string;
  descriptionWords: NormalisedText;
}

/** One searchable name: a node's label (alias -1) or one of its aliases. */
interface Name {
  node: number;
  alias: number;
  original: string;
  norm: NormalisedText;
  /** Where each word of the name starts in `norm.text`. */
  wordStarts: number[];
}

interface Candidate {
  node: number;
  tier: number;
  score: number;
  /** How far the matched name's length is from the query's: shorter, closer names first. */
  closeness: number;
  label: Range[];
  via: SearchHit['via'];
}

const DEFAULT_LIMIT = 20;
/**
 * Longest query searched, characters (the rest is not read): search time grows with the query's
 * length, and a pasted page of text must not freeze the box. Names are found by their first
 * hundred characters as well as by all of them.
 */
export const MAX_QUERY_CHARS = 100;
/** Characters of description shown either side of a match. */
const EXCERPT_CONTEXT = 30;
/** Shortest query that is looked for in descriptions. */
const MIN_DESCRIPTION_QUERY = 3;
/**
 * Fuzzy matching reads only the first characters of a long name (exact matching reads all of it):
 * the cost of fuse's bitap grows with the text, and typos are made in the short names people
 * type (acronyms, areas, forums), not at the end of a sixty-word line of action.
 */
const FUZZY_PREFIX = 48;
const FUZZY_THRESHOLD = 0.25;

/** Builds the index of a graph. Prefer `searchIndexFor`, which builds it once per graph. */
export function buildSearchIndex(graph: KnowledgeGraph): SearchIndex {
  const nodes: IndexedNode[] = [];
  const names: Name[] = [];
  graph.forEachNode((key, a) => {
    const node = nodes.length;
    nodes.push({
      key,
      kind: a.kind,
      label: a.label,
      description: a.description,
      descriptionWords: normaliseWords(a.description),
    });
    [a.label, ...a.aliases].forEach((original, i) =>
      names.push({
        node,
        alias: i - 1,
        original,
        norm: normalise(original),
        wordStarts: wordStarts(original),
      }),
    );
  });
  const fuse = new Fuse(
    names.map((n) => n.norm.text.slice(0, FUZZY_PREFIX)),
    {
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: FUZZY_THRESHOLD,
      minMatchCharLength: 2,
    },
  );

  return {
    size: nodes.length,
    search(fullQuery, options = {}) {
      const query = fullQuery.slice(0, MAX_QUERY_CHARS);
      const q = normalise(query).text;
      if (!q) return [];
      const kinds = options.kinds?.length ? new Set(options.kinds) : null;
      const limit = options.limit ?? DEFAULT_LIMIT;
      const best = new Map<number, Candidate>();
      const offer = (c: Candidate) => {
        const node = nodes[c.node];
        if (!node || (kinds && !kinds.has(node.kind))) return;
        const current = best.get(c.node);
        // The label's marks are kept from an exact label match even when an alias ranks better:
        // seeing the typed text in the label reads better than "also: …". Fuzzy label marks are
        // not borrowed: they can light letters scattered over a word the person did not mean.
        if (!current || compare(c, current) < 0) {
          if (current && isExactLabel(current) && !c.label.length) c.label = current.label;
          best.set(c.node, c);
        } else if (!current.label.length && isExactLabel(c)) current.label = c.label;
      };

      const nameHit = (name: Name, tier: number, score: number, indices: readonly Range[]) => {
        const ranges = rangesInOriginal(name.norm, indices);
        offer({
          node: name.node,
          tier,
          score,
          closeness: Math.abs(name.norm.text.length - q.length),
          label: name.alias < 0 ? ranges : [],
          via: name.alias < 0 ? null : { field: 'alias', text: { text: name.original, ranges } },
        });
      };

      // Exact matches first (cheap); fuzzy ones only when they could still make the list and
      // the query is long enough for the threshold to allow an error at all.
      for (const name of names) {
        const at = exactAt(name, q);
        if (at) nameHit(name, at.tier, 0, [[at.index, at.index + q.length - 1]]);
      }
      if (best.size < limit && Math.floor(FUZZY_THRESHOLD * q.length) > 0) {
        for (const r of fuse.search(q)) {
          const name = names[r.refIndex];
          if (!name) continue;
          const indices = r.matches?.[0]?.indices ?? [];
          nameHit(name, fuzzyTier(q, indices), r.score ?? 1, indices);
        }
      }

      const phrase = normaliseWords(query).text;
      if (phrase.length >= MIN_DESCRIPTION_QUERY && best.size < limit) {
        nodes.forEach((node, i) => {
          const at = node.descriptionWords.text.indexOf(phrase);
          if (at < 0 || best.has(i)) return;
          const range = rangesInOriginal(node.descriptionWords, [[at, at + phrase.length - 1]]);
          offer({
            node: i,
            tier: 6,
            score: 1,
            closeness: node.label.length,
            label: [],
            via: { field: 'description', text: excerpt(node.description, range) },
          });
        });
      }

      return [...best.values()]
        .sort(compare)
        .slice(0, limit)
        .map((c) => toHit(nodes, c));
    },
  };
}

const cache = new WeakMap<KnowledgeGraph, SearchIndex>();

/** The index of a graph, built on first use and kept for as long as the graph lives. */
export function searchIndexFor(graph: KnowledgeGraph): SearchIndex {
  let index = cache.get(graph);
  if (!index) {
    index = buildSearchIndex(graph);
    cache.set(graph, index);
  }
  return index;
}

function isExactLabel(c: Candidate): boolean {
  return c.label.length > 0 && c.tier <= 3;
}

function compare(a: Candidate, b: Candidate): number {
  return a.tier - b.tier || a.score - b.score || a.closeness - b.closeness || a.node - b.node;
}

/**
 * Where the query occurs exactly in a name, and its tier: 0 the name is the query (an acronym
 * typed in full), 1 the name starts with it, 2 a word of the name starts with it, 3 elsewhere.
 */
function exactAt(name: Name, q: string): { tier: number; index: number } | null {
  const text = name.norm.text;
  if (text === q) return { tier: 0, index: 0 };
  if (text.startsWith(q)) return { tier: 1, index: 0 };
  for (const w of name.wordStarts) if (text.startsWith(q, w)) return { tier: 2, index: w };
  const index = text.indexOf(q);
  return index < 0 ? null : { tier: 3, index };
}

/** 4: a fuzzy match from the start of the name ("recap" → "recaap"); 5: any other. */
function fuzzyTier(q: string, indices: readonly Range[]): number {
  const first = indices[0];
  return first && first[0] === 0 && first[1] + 1 >= Math.ceil(q.length / 2) ? 4 : 5;
}

/** Where each word of a name starts, counted in its normalised text. */
function wordStarts(original: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const word of normaliseWords(original).text.split(' ')) {
    if (word) starts.push(at);
    at += word.length;
  }
  return starts;
}

function toHit(nodes: readonly IndexedNode[], c: Candidate): SearchHit {
  const node = nodes[c.node];
  if (!node) throw new Error(`searchIndex: no node at ${c.node}`);
  return {
    key: node.key,
    kind: node.kind,
    label: { text: node.label, ranges: c.label },
    via: c.label.length ? null : c.via,
  };
}

/** Cuts a short excerpt around the first marked range, shifting the ranges to fit. */
function excerpt(text: string, ranges: readonly Range[]): MarkedText {
  const first = ranges[0];
  if (!first) return { text: text.slice(0, EXCERPT_CONTEXT * 2), ranges: [] };
  const start = Math.max(0, first[0] - EXCERPT_CONTEXT);
  const end = Math.min(text.length, first[1] + 1 + EXCERPT_CONTEXT);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter(([s, e]) => s >= start && e < end)
    .map(([s, e]) => [s + shift, e + shift] as const);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, ranges: inside };
}
