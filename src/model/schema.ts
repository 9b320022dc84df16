/**
 * The data contract of `data/graph.json`, as one zod schema. Every TypeScript type of the
 * knowledge graph is inferred from here, so the file format has a single source of truth.
 * See data/README.md for what each kind and relation means.
 */
import { z } from 'zod';

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
export const nodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof nodeKindSchema>;

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
  'welcomes', // declaration → event | declaration: welcomes the meeting or instrument
  'meeting_of', // event → forum: is one numbered or dated meeting of the series
  'held_in', // event | declaration → country: took place (or was signed) in the country
  'adopted_at', // declaration → event | forum: was adopted, signed or issued at the meeting or in the forum
  'part_of', // organization | forum | project → organization | forum | project | country | declaration: is a unit, member or component of
  'involves', // declaration | action | forum | project | event → organization | country: draws in the body or party
  'reports_to', // event → event | forum: sends its results to
  'back_to_back', // event → event: is held back to back with
  'depositary_of', // country → declaration: is the depositary of the agreement
  'mentions', // declaration | action | project | event → any: names it without a more specific link
] as const;
export const relationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof relationSchema>;

/** ISO 8601 date at year, month or day precision: 2014, 2014-11, 2014-11-12. */
export const isoDateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)',
  );

/** A citation: the document (file name in data/sources/ without extension), section and verbatim quote. */
export const sourceSchema = z.strictObject({
  doc: z.string().min(1),
  section: z.string().min(1),
  quote: z.string().min(3),
});
export type Source = z.infer<typeof sourceSchema>;

export const confidenceSchema = z.enum(['uncertain']);

export const nodeAttributesSchema = z.strictObject({
  kind: nodeKindSchema,
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().default(''),
  date: isoDateSchema.optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  url: z.string().url().optional(),
  confidence: confidenceSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'at least one source'),
});
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;

export const edgeAttributesSchema = z.strictObject({
  relation: relationSchema,
  description: z.string().optional(),
  confidence: confidenceSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'at least one source'),
});
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;

/** One entry of the file's `nodes` array; its attributes are checked on their own. */
export const nodeEntrySchema = z.strictObject({ key: z.string().min(1), attributes: z.unknown() });

/** One entry of the file's `edges` array; its attributes are checked on their own. */
export const edgeEntrySchema = z.strictObject({
  key: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  attributes: z.unknown(),
  undirected: z.boolean().optional(),
});

const optionsSchema = z
  .object({
    type: z.literal('directed').optional(),
    multi: z.boolean().optional(),
    allowSelfLoops: z.boolean().optional(),
  })
  .default({});

/**
 * The outer shape of the file, with nodes and edges left unparsed, so that one bad entry is
 * reported with its index while every other entry is still checked.
 */
export const graphEnvelopeSchema = z.strictObject({
  options: optionsSchema,
  attributes: z.record(z.string(), z.unknown()).default({}),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});

/** graphology's serialization format (what `graph.export()` gives), directed. */
export const graphFileSchema = z.strictObject({
  options: optionsSchema,
  attributes: z.record(z.string(), z.unknown()).default({}),
  nodes: z.array(nodeEntrySchema),
  edges: z.array(edgeEntrySchema),
});
export type GraphFile = z.infer<typeof graphFileSchema>;
