/**
 * Vite plugin for the single-file build (vite.single.config.ts), run after vite-plugin-singlefile
 * has inlined the code and styles: puts the favicon into the page as a data URL and rewrites the
 * Content-Security-Policy for a page with no files beside it: its inline scripts are allowed by
 * their SHA-256 hashes (not by 'unsafe-inline'), fonts and images may be data URLs, and nothing
 * may be fetched but data: URLs (the SVG export embeds the inlined font).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** The page's policy: its own scripts (by hash), inline styles, data: fonts and images, no network. */
export function singleFilePolicy(html: string): string {
  const hashes = [...html.matchAll(SCRIPT)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '')
    .map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data: blob:',
    'worker-src blob:',
    // The SVG export reads the inlined font back (a data: URL) to embed it; nothing else.
    'connect-src data:',
  ].join('; ');
}

export function singleFilePage(faviconPath: string): Plugin {
  return {
    name: 'single-file-page',
    apply: 'build',
    enforce: 'post',
    // After vite-plugin-singlefile's own generateBundle has put the code into the page.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = Object.values(bundle).find((a) => a.fileName.endsWith('.html'));
        if (!page || page.type !== 'asset' || typeof page.source !== 'string')
          throw new Error('single-file-page: no HTML page in the bundle');
        const icon = `data:image/svg+xml;base64,${readFileSync(faviconPath).toString('base64')}`;
        let html = page.source.replace(/href="\.\/favicon\.svg"/, `href="${icon}"`);
        html = html.replace(
          /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
          (_m, open: string, close: string) => `${open}${singleFilePolicy(html)}${close}`,
        );
        page.source = html;
      },
    },
  };
}
