/**
 * The datasets a person opened, kept in this browser's IndexedDB (idb-keyval) with their
 * sources, stories and positions, so they survive a reload and the dataset menu can switch to
 * them. One entry per dataset (`ajx.dataset.<id>`), and a list of ids and names
 * (`ajx.datasets`) so the menu does not read every graph. A dataset is written before the list
 * names it, so the list never names one that is not there.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { SerializedDataset } from './openedDataset';

export interface StoredDatasetEntry {
  id: string;
  name: string;
  nodes: number;
  edges: number;
}

const LIST_KEY = 'ajx.datasets';
const entryKey = (id: string) => `ajx.dataset.${id}`;

let defaultStore: UseStore | undefined;
/** The explorer's own database, opened on first use. */
const store = (): UseStore => (defaultStore ??= createStore('ajx-datasets', 'datasets'));

function isEntry(v: unknown): v is StoredDatasetEntry {
  if (v === null || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.name === 'string';
}

/** The datasets kept, most recently opened first. */
export async function listDatasets(): Promise<StoredDatasetEntry[]> {
  const list: unknown = await get(LIST_KEY, store());
  return Array.isArray(list) ? list.filter(isEntry) : [];
}

/** Keeps a dataset (replacing one with the same id) and puts it first in the list. */
export async function saveDataset(dataset: SerializedDataset): Promise<void> {
  await set(entryKey(dataset.id), dataset, store());
  const entry: StoredDatasetEntry = {
    id: dataset.id,
    name: dataset.name,
    nodes: dataset.graph.nodes.length,
    edges: dataset.graph.edges.length,
  };
  const others = (await listDatasets()).filter((e) => e.id !== dataset.id);
  await set(LIST_KEY, [entry, ...others], store());
}

/** A kept dataset, or null when this browser has none of that id. */
export async function loadDataset(id: string): Promise<SerializedDataset | null> {
  const found: unknown = await get(entryKey(id), store());
  if (found === null || typeof found !== 'object') return null;
  const d = found as Partial<SerializedDataset>;
  return typeof d.id === 'string' && d.graph && typeof d.name === 'string'
    ? (found as SerializedDataset)
    : null;
}

/** Forgets a kept dataset: out of the list first, then its entry. */
export async function removeDataset(id: string): Promise<void> {
  const rest = (await listDatasets()).filter((e) => e.id !== id);
  await set(LIST_KEY, rest, store());
  await del(entryKey(id), store());
}
