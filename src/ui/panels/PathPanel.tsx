/** The Path panel (being built). */
import type { PanelProps } from '../panelProps';

export function PathPanel(_props: PanelProps) {
  return <p>Path</p>;
}
