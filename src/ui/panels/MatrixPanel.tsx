/** The Matrix panel (being built). */
import type { PanelProps } from '../panelProps';

export function MatrixPanel(_props: PanelProps) {
  return <p>Matrix</p>;
}
