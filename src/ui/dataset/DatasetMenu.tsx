/**
 * The header's dataset menu: the built-in dataset and each one kept in this browser; picking
 * one shows it (`?dataset=` in the address). Shown once this browser keeps a dataset.
 */
import type { StoredDatasetEntry } from '../../io/open/datasetStore';

const BUILT_IN = '';

export function DatasetMenu({
  current,
  kept,
  onSwitch,
}: {
  current: string | null;
  kept: readonly StoredDatasetEntry[];
  onSwitch: (id: string | null) => void;
}) {
  if (kept.length === 0 && current === null) return null;
  return (
    <label className="theme-switcher dataset-menu">
      <span>Dataset</span>
      <select
        value={current ?? BUILT_IN}
        onChange={(e) => onSwitch(e.target.value === BUILT_IN ? null : e.target.value)}
      >
        <option value={BUILT_IN}>Built in: ASEAN–Japan</option>
        {kept.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name} ({d.nodes} nodes)
          </option>
        ))}
      </select>
    </label>
  );
}
