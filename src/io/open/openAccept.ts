/**
 * The formats the explorer opens, as a file input's `accept` (DESIGN.md): kept apart from
 * checkFiles.ts so the header's button does not load the checking code.
 */
export const OPEN_ACCEPT = '.json,.gexf,.graphml,.xml,.csv';
