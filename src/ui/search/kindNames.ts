/** How each kind of node is named in the search results and the Details panel. */
import type { NodeKind } from '../../model/schema';

export const KIND_NAMES: Readonly<Record<NodeKind, { one: string; many: string }>> = {
  declaration: { one: 'Declaration or plan', many: 'Declarations & plans' },
  area: { one: 'Crime area', many: 'Crime areas' },
  action: { one: 'Line of action', many: 'Lines of action' },
  forum: { one: 'Forum', many: 'Forums' },
  project: { one: 'Project', many: 'Projects' },
  organization: { one: 'Organization', many: 'Organizations' },
  event: { one: 'Meeting', many: 'Meetings' },
  country: { one: 'Country', many: 'Countries' },
};
