/**
 * The data contract of `data/graph.json`, as one zod schema. Every TypeScript type of the
 * knowledge graph is inferred from here, so the file format has a single source of truth.
 * See data/README.md for what each kind and relation means.
 */
import { z } from './zod';
import { NODE_KINDS, RELATIONS } from './vocabulary';

export { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from './vocabulary';

export const nodeKindSchema = z.enum(NODE_KINDS);

export const relationSchema = z.enum(RELATIONS);

/** ISO 8601 date at year, month or day precision: 2014, 2014-11, 2014-11-12. */
export const isoDateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)',
  )
  .refine(dayExists, 'a date that exists (no 30 February)');

/** False for a well-formed day that is not in the calendar (2014-02-30, 2015-02-29). */
function dayExists(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return true;
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** Text that is not only spaces, at least `min` characters once trimmed. */
const nonBlank = (min: number, what: string) =>
  z.string().refine((s) => s.trim().length >= min, `${what}, not blank`);

/** A citation: the document (file name in data/sources/ without extension), section and verbatim quote. */
export const sourceSchema = z.strictObject({
  doc: z.string().min(1),
  section: z.string().min(1),
  quote: nonBlank(3, 'a quote of at least 3 characters'),
});
export type Source = z.infer<typeof sourceSchema>;

export const confidenceSchema = z.enum(['uncertain']);

/**
 * How a fact no quote states outright was inferred from the passages it cites: present only on
 * inferred nodes and edges, so a fact without it is stated by its quotes.
 */
export const inferenceSchema = z
  .string()
  .refine((s) => s.trim().length >= 10, 'expected the reasoning, in a sentence');

export const nodeAttributesSchema = z.strictObject({
  kind: nodeKindSchema,
  label: nonBlank(1, 'a label'),
  aliases: z.array(nonBlank(1, 'an alias')).default([]),
  description: z.string().default(''),
  date: isoDateSchema.optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'an http or https address')
    .optional(),
  confidence: confidenceSchema.optional(),
  inference: inferenceSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'at least one source'),
});
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;

export const edgeAttributesSchema = z.strictObject({
  relation: relationSchema,
  description: z.string().optional(),
  /**
   * The city (or island) a `held_in` edge's source names, as it names it: the place is stated
   * even where the country it lies in is the inference. One of the edge's quotes contains it
   * (loadGraph checks).
   */
  place: nonBlank(2, 'a place name').optional(),
  confidence: confidenceSchema.optional(),
  inference: inferenceSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'at least one source'),
});
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;

/**
 * The attributes of a dataset a person opens (a bundle, GEXF, GraphML or CSV): the same fields,
 * but a fact may come without sources (the data-quality report lists it as unsourced).
 */
export const openNodeAttributesSchema = nodeAttributesSchema.extend({
  sources: z.array(sourceSchema).default([]),
});
export const openEdgeAttributesSchema = edgeAttributesSchema.extend({
  sources: z.array(sourceSchema).default([]),
});

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
