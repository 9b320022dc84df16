/** The Details panel (being built). */
import type { PanelProps } from '../panelProps';

export function DetailsPanel(_props: PanelProps) {
  return <p>Details</p>;
}
