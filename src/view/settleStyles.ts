/**
 * Styles brought up to date before measuring. Cytoscape applies the styles of a batch of class
 * changes lazily, and a bounding box measured before they apply is computed from the old label
 * size and then kept in its cache: the label is drawn clipped to it (the focused node's long name
 * was cut to its short label's width). Reading a style applies it, so measure after this.
 */
import type { Collection, EdgeCollection, NodeCollection } from 'cytoscape';

export function settleStyles(eles: Collection | NodeCollection | EdgeCollection): void {
  eles.forEach((ele) => {
    ele.numericStyle('width');
  });
}
