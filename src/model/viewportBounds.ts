/**
 * The zooms the graph can be drawn at and how far it can pan, px: the view adapter's bounds, and
 * what a story step's viewport must stay within (storySchema.ts). Its own module, free of zod, so
 * that the adapter's chunk does not bring the schema library into the first picture.
 */
export const VIEWPORT_BOUNDS = { minZoom: 0.1, maxZoom: 4, maxPan: 1e6 } as const;
