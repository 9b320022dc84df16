// A small chain-shaped graph for the view mapping: declaration → area ← action → forum ← event,
// plus a project two steps from the area and an unconnected country.
import type { KnowledgeGraph } from '../../src/model/graph';
import { graphBuilder } from '../helpers/graphBuilder';

export function viewGraph(): KnowledgeGraph {
  const { graph: g, node, edge } = graphBuilder();
  node(
    'declaration:d',
    'declaration',
    'ASEAN-Japan Joint Declaration for Cooperation to Combat Terrorism and Transnational Crime',
  );
  node('area:cybercrime', 'area', 'Cybercrime');
  node('action:8-i', 'action', 'Action 8 i');
  node('forum:ajcc', 'forum', 'AJCC Dialogue');
  node('event:ajcc-1', 'event', '1st AJCC');
  node('project:p', 'project', 'Cyber project');
  node('country:x', 'country', 'Country X');
  edge('declaration:d', 'addresses', 'area:cybercrime');
  edge('action:8-i', 'under', 'area:cybercrime');
  edge('action:8-i', 'through', 'forum:ajcc');
  edge('event:ajcc-1', 'meeting_of', 'forum:ajcc');
  edge('project:p', 'advances', 'action:8-i');
  return g;
}
