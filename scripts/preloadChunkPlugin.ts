/**
 * Vite plugin: adds `<link rel="modulepreload">` to index.html for the chunk of a lazily
 * imported module, so the browser fetches and compiles it while the main chunk runs instead of
 * after. Used for the graph adapter (Cytoscape): its chunk stays out of the main one, so the shell
 * paints first, but its download no longer waits for the shell.
 */
import type { Plugin } from 'vite';

/** `moduleSuffix`: the end of the source path of the lazily imported module. */
export function preloadChunkPlugin(moduleSuffix: string): Plugin {
  return {
    name: 'preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(moduleSuffix),
        );
        if (!chunk) throw new Error(`preload-chunk: no chunk built from …${moduleSuffix}`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
