/**
 * The one table of which relations count as "covering" a crime area, and how.
 *
 * A rule is a walk that starts at a crime area and ends at a node of the column kind (a forum, a
 * project or an organization). Each step follows one edge whose relation is in the step's list,
 * in the step's direction, to a node of one of the step's kinds:
 *   - `in`:  the next node is the edge's SOURCE  (next -relation-> current);
 *   - `out`: the next node is the edge's TARGET  (current -relation-> next).
 * The rule's `how` says what kind of evidence the walk is, from the most direct to the least:
 *   - direct:       the node itself covers the area            (forum -covers-> area);
 *   - action:       through one of the area's lines of action  (area <-under- action -through-> forum);
 *   - project:      through a project or a dated meeting        (… -advances-> action, event -meeting_of-> forum);
 *   - forum:        through a forum the organization funds or is part of;
 *   - declaration:  a declaration covers the area and was adopted by the forum (or at one of its
 *                   meetings), is supported by the project, or names the node in the area's own
 *                   paragraph.
 * `sameParagraph` asks that the step's edge cite the same paragraph of the same document as the
 * edge before it (or a sub-paragraph: §2.2 or §2.2(iii) within §2). The umbrella declaration
 * "addresses" every area it lists and "reinforces" its channels in the preamble; only when the
 * area's own paragraph names the channel does the declaration tie that channel to that area.
 */
import type { NodeKind, Relation } from './schema';
import type { CoverageKind } from './vocabulary';

export const COVERAGE_HOWS = ['direct', 'action', 'project', 'forum', 'declaration'] as const;
/** How a node covers an area, most direct first. */
export type CoverageHow = (typeof COVERAGE_HOWS)[number];

export interface RuleStep {
  dir: 'in' | 'out';
  relations: readonly Relation[];
  kinds: readonly NodeKind[];
  /** The edge must cite the paragraph the previous edge cites (see the module header). */
  sameParagraph?: boolean;
}

export interface CoverageRule {
  how: CoverageHow;
  steps: readonly RuleStep[];
}

const step = (
  dir: 'in' | 'out',
  relations: Relation[],
  kinds: NodeKind[],
  sameParagraph = false,
): RuleStep => ({ dir, relations, kinds, sameParagraph });

// Building blocks, each read from the area outwards.
const AREA_ACTION = step('in', ['under'], ['action']);
const AREA_DECLARATION = step('in', ['addresses', 'covers'], ['declaration']);
const AREA_PLAN = step('in', ['covers'], ['declaration']);
/** A project or dated meeting that covers the area or advances one of its actions. */
const TO_WORK: readonly (readonly RuleStep[])[] = [
  [step('in', ['covers'], ['project', 'event'])],
  [AREA_ACTION, step('in', ['advances'], ['project', 'event'])],
];
/** From a project or meeting to the forum it belongs to or reports to. */
const WORK_TO_FORUM: readonly (readonly RuleStep[])[] = [
  [step('out', ['meeting_of', 'reports_to', 'mentions'], ['forum'])],
  [step('out', ['mentions'], ['event']), step('out', ['meeting_of', 'reports_to'], ['forum'])],
];
/** From a project to an organization that funds, proposes, implements or takes part in it. */
const PROJECT_TO_ORGANIZATION: readonly RuleStep[] = [
  step('in', ['funds', 'proposes', 'implements'], ['organization']),
];
const PROJECT_INVOLVES_ORGANIZATION: readonly RuleStep[] = [
  step('out', ['involves'], ['organization']),
];

function combine(
  how: CoverageHow,
  heads: readonly (readonly RuleStep[])[],
  tails: readonly (readonly RuleStep[])[],
): CoverageRule[] {
  return heads.flatMap((head) => tails.map((tail) => ({ how, steps: [...head, ...tail] })));
}

const ONLY_PROJECTS = TO_WORK.map((head) =>
  head.map((s, i) => (i === head.length - 1 ? { ...s, kinds: ['project'] as NodeKind[] } : s)),
);

/** For each kind of column, the rules that make a cell, in order of directness. */
export const COVERAGE_RULES: Readonly<Record<CoverageKind, readonly CoverageRule[]>> = {
  forum: [
    { how: 'direct', steps: [step('in', ['covers'], ['forum'])] },
    { how: 'action', steps: [AREA_ACTION, step('out', ['through'], ['forum'])] },
    ...combine('project', TO_WORK, WORK_TO_FORUM),
    {
      how: 'declaration',
      steps: [AREA_DECLARATION, step('out', ['reinforces', 'mentions'], ['forum'], true)],
    },
    { how: 'declaration', steps: [AREA_PLAN, step('out', ['adopted_at'], ['forum'])] },
    {
      how: 'declaration',
      steps: [
        AREA_PLAN,
        step('out', ['adopted_at'], ['event']),
        step('out', ['meeting_of'], ['forum']),
      ],
    },
  ],
  project: [
    { how: 'direct', steps: [step('in', ['covers'], ['project'])] },
    { how: 'action', steps: [AREA_ACTION, step('in', ['advances'], ['project'])] },
    { how: 'declaration', steps: [AREA_DECLARATION, step('in', ['supports'], ['project'])] },
  ],
  organization: [
    { how: 'direct', steps: [step('in', ['covers'], ['organization'])] },
    {
      how: 'action',
      steps: [AREA_ACTION, step('out', ['through', 'involves'], ['organization'])],
    },
    ...combine('project', ONLY_PROJECTS, [PROJECT_TO_ORGANIZATION, PROJECT_INVOLVES_ORGANIZATION]),
    ...combine(
      'forum',
      [[step('in', ['covers'], ['forum'])], [AREA_ACTION, step('out', ['through'], ['forum'])]],
      [[step('in', ['funds'], ['organization'])], [step('out', ['involves'], ['organization'])]],
    ),
    {
      how: 'declaration',
      steps: [AREA_DECLARATION, step('out', ['involves', 'mentions'], ['organization'], true)],
    },
    {
      // JAIF funds the work plan that covers the area; ReCAAP ISC is part of ReCAAP.
      how: 'declaration',
      steps: [AREA_PLAN, step('in', ['funds', 'part_of', 'implements'], ['organization'])],
    },
  ],
};

/** The weight of each kind of evidence in a cell's strength (see coverage.ts). */
export const HOW_WEIGHT: Readonly<Record<CoverageHow, number>> = {
  direct: 3,
  action: 2,
  project: 2,
  forum: 1,
  declaration: 1,
};

/** The highest strength a cell can have. */
export const MAX_STRENGTH = 4;
