/**
 * The typed error the graph queries (coverage, paths) throw when asked about a node that is not
 * in the graph or is of the wrong kind. Like graphology's errors it names the function first;
 * callers and tests branch on `code`, never on the wording.
 */
import type { NodeKind } from './schema';

export type QueryErrorCode = 'unknown_node' | 'wrong_kind';

/** Thrown by the functions of queries.ts; `key` is the node asked about. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  readonly code: QueryErrorCode;
  readonly key: string;
  /** For `wrong_kind`: the kinds that were expected. */
  readonly expected: readonly NodeKind[];

  constructor(fn: string, code: QueryErrorCode, key: string, expected: readonly NodeKind[] = []) {
    super(
      code === 'unknown_node'
        ? `${fn}: there is no node "${key}" in the graph.`
        : `${fn}: "${key}" is not a ${expected.join(' or ')}.`,
    );
    this.code = code;
    this.key = key;
    this.expected = expected;
  }
}
