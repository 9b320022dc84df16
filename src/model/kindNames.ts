/**
 * How each kind of node is named, one and many: the one definition of these words. The search
 * results, the Details panel and the answers use them, and the graph legend (view/kindStyle.ts)
 * takes its labels from the plurals.
 */
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
