/**
 * The benchmark's floor: no React and no app, only Cytoscape given the app's own elements,
 * stylesheet, precomputed positions and first viewport, in a box the size of the app's graph
 * (?w=&h=). It marks itself ready on Cytoscape's first render, as the app's graph does. What this
 * page takes is what any Cytoscape-drawn first picture of this graph costs on this machine.
 * `?variant=plain` keeps the elements and positions but uses Cytoscape's default style (grey
 * ellipses, no labels, plain edges); `?variant=empty` hands Cytoscape no elements at all. They show
 * how much of the floor the library costs whatever the app's style asks for.
 */
import cytoscape from 'cytoscape';
import { embeddedGraph } from '../../../src/io/embeddedGraph';
import { buildStylesheet } from '../../../src/view/cyStyle';
import { buildElements } from '../../../src/view/elements';
import { fitViewport } from '../../../src/view/layouts';
import { STORED_FCOSE_POSITIONS } from '../../../src/view/precomputedLayout';

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 980);
const height = Number(params.get('h') ?? 840);
const variant = params.get('variant');
const container = document.getElementById('graph');
const loaded = embeddedGraph();
if (!container || !loaded.ok) throw new Error('floor: no container or no embedded graph');
container.style.width = `${width}px`;
container.style.height = `${height}px`;

const cy = cytoscape({
  container,
  elements: variant === 'empty' ? [] : buildElements(loaded.graph, STORED_FCOSE_POSITIONS),
  ...(variant === 'plain' || variant === 'empty'
    ? {}
    : { style: buildStylesheet({ present: false }) }),
  layout: { name: 'preset', fit: false },
  ...fitViewport(STORED_FCOSE_POSITIONS, width, height),
});
cy.one('render', () => container.setAttribute('data-bench-ready', 'true'));
