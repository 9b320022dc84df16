// Runs a query and tells which QueryError code it threw: null when it did not throw,
// 'not a QueryError' when it threw something else.
import { QueryError } from '../../src/model/queries';

export function queryErrorCode(fn: () => unknown): string | null {
  try {
    fn();
  } catch (e) {
    return e instanceof QueryError ? e.code : 'not a QueryError';
  }
  return null;
}
