/** The Stories panel (being built). */
import type { PanelProps } from '../panelProps';

export function StoriesPanel(_props: PanelProps) {
  return <p>Stories</p>;
}
