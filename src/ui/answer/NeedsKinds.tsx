/**
 * Wraps an answer panel that needs certain kinds of node (model/kindNeeds.ts): on a dataset
 * without them it says what the dataset lacks and how to give it, instead of an empty answer.
 */
import type { ComponentType } from 'react';
import { KIND_NAMES } from '../../model/kindNames';
import { unmetNeeds, type KindNeed } from '../../model/kindNeeds';
import type { PanelProps } from '../panelProps';

function needWords(need: KindNeed): string {
  const names = need.map((k) => KIND_NAMES[k].many.toLowerCase());
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`
    : (names[0] ?? '');
}

export function needsKinds(
  Panel: ComponentType<PanelProps>,
  title: string,
  needs: readonly KindNeed[],
): ComponentType<PanelProps> {
  function NeedsKinds(props: PanelProps) {
    const unmet = unmetNeeds(props.graph, needs);
    if (unmet.length === 0) return <Panel {...props} />;
    return (
      <section className="answer-panel" aria-labelledby="needs-title">
        <h2 id="needs-title" tabIndex={-1}>
          {title}
        </h2>
        <p className="answer-empty" role="status">
          This dataset has no {unmet.map(needWords).join(' and no ')}, so {title.toLowerCase()} has
          nothing to answer. To ask it, open the file again and map the kind that plays that role
          onto {unmet.map((n) => KIND_NAMES[n[0] ?? 'area'].one).join(' and ')} in the
          column-mapping step.
        </p>
      </section>
    );
  }
  return NeedsKinds;
}
