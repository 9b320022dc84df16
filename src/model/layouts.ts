/**
 * The schema of a layout name (the names are in vocabulary.ts). It lives in the model (not in the
 * view state) so that pure schemas, such as the story file schema, can validate a layout name
 * without importing upward.
 */
import { z } from './zod';
import { LAYOUTS } from './vocabulary';

export { LAYOUTS, type LayoutName } from './vocabulary';
export const layoutNameSchema = z.enum(LAYOUTS);
