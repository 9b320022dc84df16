/** The Coverage panel (being built). */
import type { PanelProps } from '../panelProps';

export function CoveragePanel(_props: PanelProps) {
  return <p>Coverage</p>;
}
