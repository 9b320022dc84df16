/**
 * Puts the label font into an exported SVG, so that it draws with the same letters (and the same
 * widths the labels were planned with) wherever it is opened: the font's two faces as data URLs
 * in an @font-face rule at the top of the document. The font files are the app's own (same
 * origin).
 */
import boldUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import regularUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import { LABEL_FONT_FAMILY } from '../../view/labelFont';

const FACES = [
  { url: regularUrl, weight: 400 },
  { url: boldUrl, weight: 700 },
] as const;

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`embedFont: ${url} answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** The @font-face rules of the label font, its faces inlined. */
export async function fontFaceCss(): Promise<string> {
  const faces = await Promise.all(
    FACES.map(
      async ({ url, weight }) =>
        `@font-face{font-family:'${LABEL_FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
        `src:url(${await dataUrl(url)}) format('woff2')}`,
    ),
  );
  return faces.join('');
}

/** `svg` with a <style> holding `css` as the first child of its root. */
export function withStyle(svg: string, css: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg') return svg;
  const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = css;
  root.insertBefore(style, root.firstChild);
  return new XMLSerializer().serializeToString(doc);
}
