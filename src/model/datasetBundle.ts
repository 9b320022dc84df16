/**
 * The explorer's own dataset file, the JSON bundle: the graph (graphology's serialised form, as
 * data/graph.json), the source documents it cites (document id → text), its stories (the stories
 * file format) and, when known, node positions, all in one file. The envelope is one zod schema;
 * the graph and the stories inside it are checked by loadGraph and validateStoriesFile, so each
 * of their problems is named by node, edge or story.
 */
import { z } from './zod';
import type { KnowledgeGraph } from './graph';
import type { LoadProblem } from './loadProblems';
import type { Story } from './storySchema';

/** The `format` field every bundle carries, so another JSON file is told apart at once. */
export const BUNDLE_FORMAT = 'asean-japan-explorer-dataset';
/** The version of the bundle format: written into every export, the only one read. */
export const BUNDLE_VERSION = 1;

const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const datasetBundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  name: z.string().refine((s) => s.trim().length > 0, 'a name, not blank'),
  graph: z.unknown(),
  sources: z.record(z.string(), z.string()).default({}),
  stories: z.unknown().optional(),
  positions: z.record(z.string(), positionSchema).optional(),
});
export type DatasetBundleEnvelope = z.infer<typeof datasetBundleSchema>;

/** Node key → position, in model units. */
export type NodePositions = Readonly<Record<string, { x: number; y: number }>>;

/** A dataset the explorer shows: the embedded one or one a person opened. */
export interface Dataset {
  /** Stable id: `embedded`, or one derived from the file's name and content. */
  id: string;
  name: string;
  graph: KnowledgeGraph;
  /** Document id → full text of each cited document it carries. */
  sources: Readonly<Record<string, string>>;
  stories: Story[];
  /** Positions from the file; null when it has none (a layout is computed). */
  positions: NodePositions | null;
  /**
   * Edges of the file left out of the graph because an end is missing (loadGraph's open mode),
   * one problem per missing end, so the data-quality report still lists them. Absent: none.
   */
  setAside?: readonly LoadProblem[];
}
