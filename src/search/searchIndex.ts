/**
 * The search index: one fuse.js index over every node's label, aliases and description, built once
 * per graph and queried per keystroke. Texts and queries are normalised (see normalise.ts) so that
 * spacing, hyphens and case never get in the way; fuse's fuzzy matching forgives typos. Results are
 * re-ranked so that an exact label or acronym comes first, then names that start with the query,
 * then the fuzzy score.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { KnowledgeGraph } from '../model/graph';
import type { NodeKind } from '../model/schema';
import { normalise, rangesInOriginal, type NormalisedText, type Range } from './normalise';

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

interface Entry {
  label: string;
  aliases: string[];
  description: string;
}

interface Source {
  key: string;
  kind: NodeKind;
  label: string;
  aliases: readonly string[];
  description: string;
  norm: { label: NormalisedText; aliases: NormalisedText[]; description: NormalisedText };
}

const DEFAULT_LIMIT = 20;
/** Characters of description shown either side of a match. */
const EXCERPT_CONTEXT = 30;

const FUSE_OPTIONS = {
  keys: [
    { name: 'label', weight: 3 },
    { name: 'aliases', weight: 3 },
    { name: 'description', weight: 0.5 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/** Builds the index of a graph. Prefer `searchIndexFor`, which builds it once per graph. */
export function buildSearchIndex(graph: KnowledgeGraph): SearchIndex {
  const sources: Source[] = [];
  graph.forEachNode((key, a) => {
    sources.push({
      key,
      kind: a.kind,
      label: a.label,
      aliases: a.aliases,
      description: a.description,
      norm: {
        label: normalise(a.label),
        aliases: a.aliases.map(normalise),
        description: normalise(a.description),
      },
    });
  });
  const entries: Entry[] = sources.map((s) => ({
    label: s.norm.label.text,
    aliases: s.norm.aliases.map((n) => n.text),
    description: s.norm.description.text,
  }));
  const fuse = new Fuse(entries, FUSE_OPTIONS);

  return {
    size: sources.length,
    search(query, options = {}) {
      const q = normalise(query).text;
      if (!q) return [];
      const kinds = options.kinds?.length ? new Set(options.kinds) : null;
      const ranked: { source: Source; tier: number; score: number; hit: SearchHit }[] = [];
      for (const r of fuse.search(q)) {
        const source = sources[r.refIndex];
        if (!source || (kinds && !kinds.has(source.kind))) continue;
        ranked.push({
          source,
          tier: tierOf(source, q),
          score: r.score ?? 1,
          hit: toHit(source, r.matches ?? []),
        });
      }
      ranked.sort(
        (a, b) =>
          a.tier - b.tier ||
          a.score - b.score ||
          a.source.label.length - b.source.label.length ||
          a.source.key.localeCompare(b.source.key),
      );
      return ranked.slice(0, options.limit ?? DEFAULT_LIMIT).map((r) => r.hit);
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

/**
 * 0: the label or an alias is the query (an acronym typed in full);
 * 1: the label or an alias starts with it; 2: a word of the label or an alias starts with it;
 * 3: anything else fuse found.
 */
function tierOf(s: Source, q: string): number {
  const names = [s.norm.label.text, ...s.norm.aliases.map((a) => a.text)];
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  const words = [s.label, ...s.aliases].flatMap((n) => n.split(/[\s\-–—/(),]+/));
  if (words.some((w) => normalise(w).text.startsWith(q))) return 2;
  return 3;
}

function toHit(s: Source, matches: readonly FuseResultMatch[]): SearchHit {
  const labelMatch = matches.find((m) => m.key === 'label');
  const aliasMatch = matches.find((m) => m.key === 'aliases');
  const descriptionMatch = matches.find((m) => m.key === 'description');
  const label: MarkedText = {
    text: s.label,
    ranges: labelMatch ? rangesInOriginal(s.norm.label, labelMatch.indices) : [],
  };
  let via: SearchHit['via'] = null;
  if (!labelMatch && aliasMatch && aliasMatch.refIndex !== undefined) {
    const norm = s.norm.aliases[aliasMatch.refIndex];
    const text = s.aliases[aliasMatch.refIndex];
    if (norm && text !== undefined)
      via = { field: 'alias', text: { text, ranges: rangesInOriginal(norm, aliasMatch.indices) } };
  } else if (!labelMatch && descriptionMatch) {
    via = {
      field: 'description',
      text: excerpt(s.description, rangesInOriginal(s.norm.description, descriptionMatch.indices)),
    };
  }
  return { key: s.key, kind: s.kind, label, via };
}

/** Cuts a short excerpt around the longest marked range, shifting the ranges to fit. */
function excerpt(text: string, ranges: readonly Range[]): MarkedText {
  const longest = [...ranges].sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0];
  if (!longest) return { text: text.slice(0, EXCERPT_CONTEXT * 2), ranges: [] };
  const start = Math.max(0, longest[0] - EXCERPT_CONTEXT);
  const end = Math.min(text.length, longest[1] + 1 + EXCERPT_CONTEXT);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter(([s, e]) => s >= start && e < end)
    .map(([s, e]) => [s + shift, e + shift] as const);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, ranges: inside };
}
