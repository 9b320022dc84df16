/** How each kind of node is named in the search results and the Details panel (plurals as in the legend). */
import type { NodeKind } from './schema';

export const KIND_NAMES: Readonly<Record<NodeKind, { one: string; many: string }>> = {
  declaration: { one: 'Declaration or plan', many: 'Declarations & plans' },
  area: { one: 'Crime area', many: 'Crime areas' },
  action: { one: 'Line of action', many: 'Actions' },
  forum: { one: 'Forum or channel', many: 'Forums & channels' },
  project: { one: 'Project', many: 'Projects' },
  organization: { one: 'Organization', many: 'Organizations' },
  event: { one: 'Event or meeting', many: 'Events & meetings' },
  country: { one: 'Country', many: 'Countries' },
};
