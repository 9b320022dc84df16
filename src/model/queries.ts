/**
 * The questions the explorer answers, as pure typed functions over the knowledge graph:
 * which forums cover a crime area (and the reverse), the coverage matrix, and the shortest paths
 * between any two nodes with their explanation. Bad keys throw a QueryError with a `code`.
 */
export {
  areaKeys,
  areasCoveredBy,
  compareCoverage,
  coverageBetween,
  coverageMatrix,
  coverageOf,
  forumsCovering,
  matrixCell,
  type Coverage,
  type CoverageMatrix,
  type CoveragePath,
  type MatrixRowKind,
} from './coverage';
export { COVERAGE_HOWS, HOW_WEIGHT, MAX_STRENGTH, type CoverageHow } from './coverageRules';
export { COVERAGE_KINDS, type CoverageKind } from './vocabulary';
export {
  explainPath,
  explainSteps,
  nameInSentence,
  pathsBetween,
  stepsOf,
  type ExplainedPath,
  type PathStep,
  type PathsResult,
} from './paths';
export {
  instrumentsCovering,
  untiedChannels,
  type InstrumentCoverage,
  type InstrumentHow,
  type UntiedChannel,
} from './mechanisms';
export { QueryError, type QueryErrorCode } from './queryErrors';
export { RELATION_PHRASES, relationPhrase } from './relationPhrases';
