/**
 * The column-mapping step (io/open/columnMapping.ts): which column of the file is each node's
 * and edge's key, label, kind, date, quote…, and which of the explorer's kinds and relations each
 * value of the file's kind and relation columns stands for.
 */
import { useState } from 'react';
import type { TablesSummary } from '../../io/open/checkFiles';
import {
  EDGE_ROLES,
  NODE_ROLES,
  REQUIRED_EDGE_ROLES,
  REQUIRED_NODE_ROLES,
  guessKind,
  guessRelation,
  type ColumnMapping,
} from '../../io/open/columnMapping';
import { KIND_NAMES } from '../../model/kindNames';
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../../model/vocabulary';

const NONE = '';

function ColumnSelect({
  label,
  columns,
  value,
  required,
  onChange,
}: {
  label: string;
  columns: readonly string[];
  value: string | null;
  required: boolean;
  onChange: (column: string | null) => void;
}) {
  return (
    <label className="mapping-field">
      <span>
        {label}
        {required ? ' (needed)' : ''}
      </span>
      <select
        value={value ?? NONE}
        onChange={(e) => onChange(e.target.value === NONE ? null : e.target.value)}
      >
        <option value={NONE}>(none)</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

function ValueMap<V extends string>({
  legend,
  values,
  chosen,
  choices,
  nameOf,
  guess,
  onChange,
}: {
  legend: string;
  values: readonly string[];
  chosen: Readonly<Record<string, V>>;
  choices: readonly V[];
  nameOf: (v: V) => string;
  guess: (value: string) => V;
  onChange: (next: Record<string, V>) => void;
}) {
  if (values.length === 0) return null;
  return (
    <fieldset className="mapping-values">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="mapping-field">
          <span>{v}</span>
          <select
            value={chosen[v] ?? guess(v)}
            onChange={(e) => {
              const picked = choices.find((c) => c === e.target.value);
              if (picked) onChange({ ...chosen, [v]: picked });
            }}
          >
            {choices.map((c) => (
              <option key={c} value={c}>
                {nameOf(c)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

const ROLE_NAMES: Readonly<Record<string, string>> = {
  key: 'Key',
  label: 'Label',
  kind: 'Kind',
  date: 'Date',
  description: 'Description',
  quote: 'Quote',
  doc: 'Quote’s document',
  section: 'Quote’s section',
  source: 'Source (from)',
  target: 'Target (to)',
  relation: 'Relation',
};

export function ColumnMappingForm({
  summary,
  initial,
  onSubmit,
  onCancel,
}: {
  summary: TablesSummary;
  initial: ColumnMapping;
  onSubmit: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const [mapping, setMapping] = useState(initial);
  const kindValues = mapping.node.kind ? (summary.nodeValues[mapping.node.kind] ?? []) : [];
  const relationValues = mapping.edge.relation
    ? (summary.edgeValues[mapping.edge.relation] ?? [])
    : [];
  return (
    <form
      className="mapping-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(mapping);
      }}
    >
      <p>
        {summary.nodeCount} node row(s), {summary.edgeCount} edge row(s)
        {summary.hasPositions ? '; positions from the file' : ''}. Say which column holds what.
      </p>
      <fieldset className="mapping-columns">
        <legend>Node columns</legend>
        {NODE_ROLES.map((role) => (
          <ColumnSelect
            key={role}
            label={ROLE_NAMES[role] ?? role}
            columns={summary.nodeColumns}
            value={mapping.node[role]}
            required={REQUIRED_NODE_ROLES.includes(role)}
            onChange={(c) => setMapping({ ...mapping, node: { ...mapping.node, [role]: c } })}
          />
        ))}
      </fieldset>
      {summary.edgeColumns.length > 0 && (
        <fieldset className="mapping-columns">
          <legend>Edge columns</legend>
          {EDGE_ROLES.map((role) => (
            <ColumnSelect
              key={role}
              label={ROLE_NAMES[role] ?? role}
              columns={summary.edgeColumns}
              value={mapping.edge[role]}
              required={REQUIRED_EDGE_ROLES.includes(role)}
              onChange={(c) => setMapping({ ...mapping, edge: { ...mapping.edge, [role]: c } })}
            />
          ))}
        </fieldset>
      )}
      <ValueMap<NodeKind>
        legend="Kinds: each value of the file shown as"
        values={kindValues}
        chosen={mapping.kinds}
        choices={NODE_KINDS}
        nameOf={(k) => KIND_NAMES[k].one}
        guess={guessKind}
        onChange={(kinds) => setMapping({ ...mapping, kinds })}
      />
      <ValueMap<Relation>
        legend="Relations: each value of the file read as"
        values={relationValues}
        chosen={mapping.relations}
        choices={RELATIONS}
        nameOf={(r) => r.replace(/_/g, ' ')}
        guess={guessRelation}
        onChange={(relations) => setMapping({ ...mapping, relations })}
      />
      <div className="dialog-actions">
        <button type="submit">Check and open</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
