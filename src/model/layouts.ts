/**
 * The names of the graph layouts. They live in the model (not in the view state) so that pure
 * schemas, such as the story file schema, can validate a layout name without importing upward.
 */
import { z } from 'zod';

export const LAYOUTS = ['fcose', 'hierarchy', 'concentric', 'grid'] as const;
export const layoutNameSchema = z.enum(LAYOUTS);
export type LayoutName = z.infer<typeof layoutNameSchema>;
