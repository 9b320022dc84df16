/**
 * Near-duplicate labels: pairs of nodes whose labels, folded as search folds them (case,
 * diacritics, spaces and punctuation away: src/search/normalise.ts), are equal or one edit apart
 * ("Transnational Crime" / "Transnational crimes"). Candidates come from shared one-deletion
 * variants (the SymSpell idea), so the check is linear in the labels rather than all pairs, and
 * each candidate is confirmed by its Levenshtein distance (fastest-levenshtein). Labels that
 * carry different numbers ("2015 meeting" / "2016 meeting") name different things and are not
 * reported; very short labels (acronyms) are reported only when equal.
 */
import { distance } from 'fastest-levenshtein';
import { normalise } from '../search/normalise';
import type { KnowledgeGraph } from './graph';

/** The most edits two folded labels may differ by to count as near-duplicates. */
export const MAX_LABEL_EDITS = 1;
/** Folded labels shorter than this (acronyms: ARF, ADF) are compared for equality only. */
export const MIN_FUZZY_LENGTH = 5;

export interface LabelPair {
  /** The two node keys, in the graph's order. */
  first: string;
  second: string;
  /** 0 when the folded labels are equal. */
  edits: number;
}

/** A folded label's one-deletion variants. */
function deletions(folded: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; i++) out.push(folded.slice(0, i) + folded.slice(i + 1));
  return out;
}

const numbersOf = (text: string): string => (text.match(/\d+/g) ?? []).join(' ');

/** Folded label → the keys of the nodes that have it, in the graph's order. */
function labelGroups(graph: KnowledgeGraph): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    const text = normalise(attributes.label).text;
    if (text === '') return;
    const keys = groups.get(text);
    if (keys) keys.push(key);
    else groups.set(text, [key]);
  });
  return groups;
}

/** Pairs of distinct folded labels one edit apart, each pair once (texts in first-seen order). */
function oneEditApart(texts: readonly string[]): [string, string, number][] {
  const rank = new Map(texts.map((t, i) => [t, i]));
  const byVariant = new Map<string, string[]>();
  const add = (variant: string, text: string) => {
    const list = byVariant.get(variant);
    if (list) list.push(text);
    else byVariant.set(variant, [text]);
  };
  for (const text of texts) {
    if (text.length < MIN_FUZZY_LENGTH) continue;
    add(text, text);
    for (const v of new Set(deletions(text))) add(v, text);
  }
  const seen = new Set<string>();
  const pairs: [string, string, number][] = [];
  for (const list of byVariant.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i] ?? '', list[j] ?? ''].sort(
          (x, y) => (rank.get(x) ?? 0) - (rank.get(y) ?? 0),
        ) as [string, string];
        const id = `${a}\u0000${b}`;
        if (a === b || seen.has(id)) continue;
        seen.add(id);
        const edits = distance(a, b);
        if (edits <= MAX_LABEL_EDITS && numbersOf(a) === numbersOf(b)) pairs.push([a, b, edits]);
      }
  return pairs;
}

/**
 * Every pair of nodes with near-duplicate labels: each node whose folded label an earlier node
 * already has (paired with that first node), then the first nodes of labels one edit apart.
 */
export function nearDuplicateLabels(graph: KnowledgeGraph): LabelPair[] {
  const groups = labelGroups(graph);
  const pairs: LabelPair[] = [];
  for (const [first, ...others] of groups.values())
    if (first !== undefined)
      for (const other of others) pairs.push({ first, second: other, edits: 0 });
  for (const [a, b, edits] of oneEditApart([...groups.keys()])) {
    const first = groups.get(a)?.[0];
    const second = groups.get(b)?.[0];
    if (first !== undefined && second !== undefined) pairs.push({ first, second, edits });
  }
  return pairs;
}
