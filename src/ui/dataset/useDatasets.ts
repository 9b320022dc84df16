/**
 * Which dataset the page shows, and the datasets this browser keeps: the one the address names
 * (`?dataset=`, read from IndexedDB before the view is drawn), a newly opened one (kept, then
 * shown, with a history entry), a switch from the dataset menu, Back and Forward. A link to a
 * dataset this browser lacks shows the built-in one and says so (`missing`). The store's code
 * (idb-keyval) loads only when there is a dataset to read or keep.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../../model/datasetBundle';
import type { StoredDatasetEntry } from '../../io/open/datasetStore';

const loadStore = () => import('../../io/open/datasetStore');
const loadSerial = () => import('../../io/open/openedDataset');

export const DATASET_PARAM = 'dataset';

const namedInAddress = (): string | null =>
  new URLSearchParams(window.location.search).get(DATASET_PARAM) || null;

/** The address of a dataset's first view: only `dataset=` (none for the built-in one). */
function addressOf(id: string | null): string {
  const query = id === null ? '' : `?${new URLSearchParams({ [DATASET_PARAM]: id }).toString()}`;
  return `${window.location.pathname}${query}`;
}

async function read(id: string): Promise<Dataset | null> {
  const [{ loadDataset }, { datasetFrom }] = await Promise.all([loadStore(), loadSerial()]);
  const found = await loadDataset(id);
  return found ? datasetFrom(found) : null;
}

export interface DatasetsValue {
  /** The opened dataset shown; null: the built-in one. */
  opened: Dataset | null;
  /** True while the dataset the address names is being read. */
  loading: boolean;
  /** The id an address named that this browser does not keep. */
  missing: string | null;
  dismissMissing: () => void;
  /** A problem keeping a dataset, for people. */
  notice: string | null;
  dismissNotice: () => void;
  kept: StoredDatasetEntry[];
  /** Shows (and keeps) a dataset a person just opened. */
  open: (dataset: Dataset) => void;
  /** Switches to a kept dataset by id, or to the built-in one with null. */
  switchTo: (id: string | null) => void;
}

export function useDatasets(): DatasetsValue {
  const [opened, setOpened] = useState<Dataset | null>(null);
  const [loading, setLoading] = useState(() => namedInAddress() !== null);
  const [missing, setMissing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [kept, setKept] = useState<StoredDatasetEntry[]>([]);

  const refreshList = useCallback(() => {
    loadStore()
      .then((s) => s.listDatasets())
      .then(setKept)
      .catch(() => setKept([]));
  }, []);

  /** Reads the dataset `id` the address names and shows it, or says it is missing. */
  const resolve = useCallback((id: string) => {
    void read(id)
      .catch(() => null)
      .then((found) => {
        if (namedInAddress() !== id) return;
        if (!found) {
          setMissing(id);
          window.history.replaceState(null, '', addressOf(null));
        }
        setOpened(found);
        setLoading(false);
      });
  }, []);

  /** Shows the dataset the address names now (after Back, Forward or a switch). */
  const follow = useCallback(() => {
    const id = namedInAddress();
    if (id === null) {
      setOpened(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    resolve(id);
  }, [resolve]);

  useEffect(() => {
    const id = namedInAddress();
    if (id !== null) resolve(id);
    refreshList();
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [follow, resolve, refreshList]);

  const open = useCallback(
    (dataset: Dataset) => {
      window.history.pushState(null, '', addressOf(dataset.id));
      setMissing(null);
      setOpened(dataset);
      void Promise.all([loadStore(), loadSerial()])
        .then(([store, serial]) => store.saveDataset(serial.serializeDataset(dataset)))
        .then(refreshList)
        .catch((e: unknown) =>
          setNotice(
            `${dataset.name} is shown but could not be kept in this browser (${e instanceof Error ? e.message : String(e)}); it will be gone after a reload.`,
          ),
        );
    },
    [refreshList],
  );

  const switchTo = useCallback(
    (id: string | null) => {
      window.history.pushState(null, '', addressOf(id));
      follow();
    },
    [follow],
  );

  return {
    opened,
    loading,
    missing,
    dismissMissing: () => setMissing(null),
    notice,
    dismissNotice: () => setNotice(null),
    kept,
    open,
    switchTo,
  };
}
