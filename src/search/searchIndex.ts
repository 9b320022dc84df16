/**
 * The search index, built once per graph and queried per keystroke. Names (each node's label and
 * aliases) are matched fuzzily by fuse.js after normalisation (see normalise.ts), so spacing,
 * hyphens, case and typos never get in the way; descriptions are matched literally, as a phrase,
 * so long texts add findability without fuzzy noise. Hits are ranked in tiers: the name typed in
 * full (an acronym), a name that starts with the query, a word that starts with it, a fuzzy match
 * from the start of a name, any other fuzzy match, and last a phrase in the description.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
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
  /** Words of the name, normalised, for word-start matches. */
  words: string[];
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
/** Characters of description shown either side of a match. */
const EXCERPT_CONTEXT = 30;
/** Shortest query that is looked for in descriptions. */
const MIN_DESCRIPTION_QUERY = 3;

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
        words: normaliseWords(original).text.split(' '),
      }),
    );
  });
  const fuse = new Fuse(
    names.map((n) => n.norm.text),
    {
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: 0.34,
      minMatchCharLength: 2,
    },
  );

  return {
    size: nodes.length,
    search(query, options = {}) {
      const q = normalise(query).text;
      if (!q) return [];
      const kinds = options.kinds?.length ? new Set(options.kinds) : null;
      const best = new Map<number, Candidate>();
      const offer = (c: Candidate) => {
        const node = nodes[c.node];
        if (!node || (kinds && !kinds.has(node.kind))) return;
        const current = best.get(c.node);
        if (!current || compare(c, current) < 0) {
          // Keep the label's marks when a better alias match replaces a label match.
          if (current && current.label.length && !c.label.length) c.label = current.label;
          best.set(c.node, c);
        } else if (!current.label.length && c.label.length) current.label = c.label;
      };

      for (const r of fuse.search(q)) {
        const name = names[r.refIndex];
        if (!name) continue;
        const indices = r.matches?.[0]?.indices ?? [];
        const ranges = rangesInOriginal(name.norm, indices);
        offer({
          node: name.node,
          tier: nameTier(name, q, indices),
          score: r.score ?? 1,
          closeness: Math.abs(name.norm.text.length - q.length),
          label: name.alias < 0 ? ranges : [],
          via: name.alias < 0 ? null : { field: 'alias', text: { text: name.original, ranges } },
        });
      }

      const phrase = normaliseWords(query).text;
      if (phrase.length >= MIN_DESCRIPTION_QUERY) {
        nodes.forEach((node, i) => {
          const at = node.descriptionWords.text.indexOf(phrase);
          if (at < 0 || best.has(i)) return;
          const range = rangesInOriginal(node.descriptionWords, [[at, at + phrase.length - 1]]);
          offer({
            node: i,
            tier: 5,
            score: 1,
            closeness: node.label.length,
            label: [],
            via: { field: 'description', text: excerpt(node.description, range) },
          });
        });
      }

      return [...best.values()]
        .sort(compare)
        .slice(0, options.limit ?? DEFAULT_LIMIT)
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

function compare(a: Candidate, b: Candidate): number {
  return a.tier - b.tier || a.score - b.score || a.closeness - b.closeness || a.node - b.node;
}

/**
 * 0: the name is the query (an acronym typed in full); 1: the name starts with it; 2: a word of
 * the name starts with it; 3: a fuzzy match from the start of the name ("recap" → "recaap");
 * 4: any other fuzzy match.
 */
function nameTier(name: Name, q: string, indices: FuseResultMatch['indices']): number {
  if (name.norm.text === q) return 0;
  if (name.norm.text.startsWith(q)) return 1;
  if (name.words.some((w) => w.startsWith(q))) return 2;
  const first = indices[0];
  if (first && first[0] === 0 && first[1] + 1 >= Math.ceil(q.length / 2)) return 3;
  return 4;
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
