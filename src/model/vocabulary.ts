/**
 * The fixed vocabularies of the knowledge graph (kinds of node, the kinds coverage is asked about,
 * relations, layout names, the stories file version) as plain constants, so that the view and the
 * URL code can use them without loading the schema library: zod stays off the path to the first
 * paint. The schemas in schema.ts, layouts.ts and storySchema.ts are built from these.
 */

/** The kinds of node, in the order the legend and the hierarchy layout use. */
export const NODE_KINDS = [
  'declaration',
  'area',
  'action',
  'forum',
  'project',
  'organization',
  'event',
  'country',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * The forum-like kinds a coverage question is asked about against crime areas: what the Coverage
 * panel answers for besides an area, and the columns the coverage matrix can show.
 */
export const COVERAGE_KINDS = [
  'forum',
  'project',
  'organization',
] as const satisfies readonly NodeKind[];
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

/**
 * The fixed vocabulary of relations. An edge always reads "source <relation> target".
 * `RELATION_INFO` documents each direction in words for the UI and data/README.md.
 */
export const RELATIONS = [
  'addresses', // declaration → area: names the crime area as a field of cooperation
  'sets_out', // declaration → action: sets out the numbered line of action
  'under', // action → area: is a line of action under the crime area
  'through', // action → forum: is pursued through the forum, mechanism or channel
  'covers', // forum | project | declaration | organization → area: deals with the crime area
  'advances', // project | event → action: carries out the line of action
  'recalls', // declaration → declaration: recalls or builds on the earlier instrument
  'succeeds', // later → earlier: follows on from, replaces or upgrades
  'implements', // organization → project (implementing agency); work plan → declaration it implements
  'proposes', // organization → project: is the proponent
  'funds', // organization | country → project | event | forum | declaration | organization: pays for it
  'supports', // project | event | declaration → declaration: supports the plan or instrument
  'reinforces', // declaration → forum: commits to reinforce, use, or upgrade into, the channel
  'gave_rise_to', // declaration → forum: gave the impetus for, or served as the catalyst for, the forum
  'welcomes', // declaration → event | declaration: welcomes the meeting or instrument
  'meeting_of', // event → forum: is one numbered or dated meeting of the series
  'held_in', // event | declaration → country: took place (or was signed) in the country
  'adopted_at', // declaration → event | forum: was adopted, signed or issued at the meeting or in the forum
  'develops', // forum → declaration: develops, or is developing, the work plan
  'part_of', // organization | forum | project → organization | forum | project | country | declaration: is a unit, member or component of
  'involves', // declaration | action | forum | project | event → organization | country: draws in the body or party
  'reports_to', // event → event | forum: sends its results to
  'back_to_back', // event | project → event: is held (a meeting project: implemented) back to back with
  'depositary_of', // country → declaration: is the depositary of the agreement
  'mentions', // declaration | action | project | event → any: names it without a more specific link
] as const;
export type Relation = (typeof RELATIONS)[number];

/** The names of the graph layouts. */
export const LAYOUTS = ['fcose', 'hierarchy', 'concentric', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** The version of the stories file format: written into every export, the only one read. */
export const STORIES_FILE_VERSION = 1;
/** The longest id a story may have (characters). */
export const STORY_ID_MAX = 80;
