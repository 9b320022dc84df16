/** The Sources panel (being built). */
import type { PanelProps } from '../panelProps';

export function SourcesPanel(_props: PanelProps) {
  return <p>Sources</p>;
}
