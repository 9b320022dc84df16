// A small knowledge graph with the names the search and Details tests need (ReCAAP, AMMTC, SOMTC…).
import Graph from 'graphology';
import type { KnowledgeGraph } from '../../src/model/graph';
import type { NodeAttributes, NodeKind, Relation } from '../../src/model/schema';

const DOC = 'joint-declaration-2014';

function node(
  kind: NodeKind,
  label: string,
  extra: Partial<Omit<NodeAttributes, 'kind' | 'label'>> = {},
): NodeAttributes {
  return {
    kind,
    label,
    aliases: [],
    description: '',
    sources: [{ doc: DOC, section: '1', quote: label }],
    ...extra,
  };
}

/** Builds the fixture graph: nodes keyed like the real data. */
export function fixtureGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  g.addNode(
    'declaration:2014-joint-declaration',
    node(
      'declaration',
      'ASEAN-Japan Joint Declaration for Cooperation to Combat Terrorism and Transnational Crime',
      {
        aliases: ['2014 Joint Declaration'],
        date: '2014-11-13',
        description: 'Adopted at the 17th ASEAN-Japan Summit; names eight crime areas.',
        sources: [
          {
            doc: DOC,
            section: 'title',
            quote: 'For Cooperation to Combat Terrorism and Transnational Crime',
          },
          { doc: DOC, section: '8', quote: 'Cybercrime' },
        ],
      },
    ),
  );
  g.addNode(
    'declaration:recaap',
    node(
      'declaration',
      'Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia',
      {
        aliases: ['ReCAAP'],
        start: '2006',
        url: 'https://www.recaap.org/',
        description: 'The regional agreement on piracy and armed robbery against ships.',
        sources: [{ doc: DOC, section: '5', quote: 'ReCAAP Information Sharing Centre' }],
      },
    ),
  );
  g.addNode('area:sea-piracy', node('area', 'Sea Piracy', { aliases: ['maritime piracy'] }));
  g.addNode('area:cybercrime', node('area', 'Cybercrime', { aliases: ['cyber crime'] }));
  g.addNode(
    'area:trafficking-in-persons',
    node('area', 'Trafficking in Persons', { aliases: ['TIP'] }),
  );
  g.addNode('area:illicit-drug-trafficking', node('area', 'Illicit Drug Trafficking'));
  g.addNode('area:terrorism', node('area', 'Terrorism'));
  g.addNode(
    'declaration:actip',
    node(
      'declaration',
      'ASEAN Convention Against Trafficking in Persons, Especially Women and Children',
      {
        aliases: ['ACTIP'],
        confidence: 'uncertain',
      },
    ),
  );
  g.addNode(
    'forum:ammtc',
    node('forum', 'ASEAN Ministerial Meeting on Transnational Crime', { aliases: ['AMMTC'] }),
  );
  g.addNode(
    'forum:ammtc-japan',
    node('forum', 'AMMTC+Japan Consultation', { aliases: ['AMMTC+Japan'] }),
  );
  g.addNode(
    'forum:somtc-japan',
    node('forum', 'SOMTC+Japan Consultation', {
      aliases: ['SOMTC+Japan', 'SOMTC-Japan'],
      description: 'Senior Officials Meeting on Transnational Crime plus Japan.',
    }),
  );
  g.addNode(
    'declaration:somtc-japan-work-plan-2015-2017',
    node('declaration', 'SOMTC-Japan Work Plan 2015–2017', { start: '2015', end: '2017' }),
  );
  g.addNode(
    'forum:ajcc-dialogue',
    node('forum', 'ASEAN-Japan Cybercrime Dialogue', { aliases: ['AJCC'] }),
  );
  g.addNode(
    'organization:jaif',
    node('organization', 'Japan-ASEAN Integration Fund', { aliases: ['JAIF'] }),
  );
  const edge = (source: string, relation: Relation, target: string) =>
    g.addEdgeWithKey(`${source}->${relation}->${target}`, source, target, {
      relation,
      sources: [{ doc: DOC, section: '1', quote: 'cooperation' }],
    });
  edge('declaration:recaap', 'covers', 'area:sea-piracy');
  edge('declaration:2014-joint-declaration', 'addresses', 'area:sea-piracy');
  edge('declaration:2014-joint-declaration', 'addresses', 'area:cybercrime');
  edge('declaration:2014-joint-declaration', 'addresses', 'area:trafficking-in-persons');
  edge('declaration:2014-joint-declaration', 'mentions', 'declaration:recaap');
  edge('forum:ajcc-dialogue', 'covers', 'area:cybercrime');
  edge(
    'declaration:somtc-japan-work-plan-2015-2017',
    'implements',
    'declaration:2014-joint-declaration',
  );
  return g;
}
