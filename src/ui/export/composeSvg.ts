/**
 * Composes the exported SVG like the PNG: a title band, the adapter's SVG of the graph nested as
 * is, and a legend band of the kinds shown (glyphs and words from KIND_STYLE). Band sizes follow
 * pictureLayout at scale 1, so the SVG and the 1× PNG have the same layout.
 */
import type { NodeKind } from '../../model/schema';
import { KIND_STYLE } from '../../view/kindStyle';
import { LABEL_FONT_STACK } from '../../view/labelFont';
import { bandColours, type BandColours } from '../../view/bandColours';
import { LEGEND_ITEM, LEGEND_PAD, LEGEND_ROW, pictureLayout } from './pngLayout';

export interface SvgPictureOptions {
  title: string;
  subtitle?: string;
  kinds: readonly NodeKind[];
  /** The bands' colours (bandColours.ts); not given: the light theme's. */
  colours?: BandColours;
}

const FONT = LABEL_FONT_STACK;
const SVG_NS = 'http://www.w3.org/2000/svg';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The graph SVG with a title and a legend; the input unchanged if it cannot be read. */
export function composeSvg(graphSvg: string, options: SvgPictureOptions): string {
  const doc = new DOMParser().parseFromString(graphSvg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0)
    return graphSvg;
  const width = parseFloat(root.getAttribute('width') ?? '');
  const height = parseFloat(root.getAttribute('height') ?? '');
  if (!(width > 0 && height > 0)) return graphSvg;

  const layout = pictureLayout(width, height, 1, options.kinds.length);
  const { paper, ink, soft, rule } = options.colours ?? bandColours('light');
  root.setAttribute('x', '0');
  root.setAttribute('y', String(layout.titleBand));
  const inner = new XMLSerializer().serializeToString(root);
  const legendTop = layout.height - layout.legendBand;
  const maxTitle = Math.max(20, Math.floor((options.subtitle ? width * 0.68 : width) / 11));

  const legend = options.kinds.map((kind, i) => {
    const style = KIND_STYLE[kind];
    const x = LEGEND_PAD + (i % layout.legendPerRow) * LEGEND_ITEM;
    const y =
      legendTop + LEGEND_PAD + Math.floor(i / layout.legendPerRow) * LEGEND_ROW + LEGEND_ROW / 2;
    return (
      `<path transform="translate(${x} ${y - 8})" d="${escapeXml(style.glyph)}" fill="${style.color}" stroke="${ink}" stroke-width="0.8"/>` +
      `<text x="${x + 22}" y="${y}" dominant-baseline="middle" font-size="13">${escapeXml(style.legend)}</text>`
    );
  });

  return [
    `<svg xmlns="${SVG_NS}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(FONT)}" fill="${ink}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="${paper}"/>`,
    `<text x="${LEGEND_PAD}" y="${layout.titleBand / 2}" dominant-baseline="middle" font-size="20" font-weight="600">${escapeXml(clip(options.title, maxTitle))}</text>`,
    options.subtitle
      ? `<text x="${width - LEGEND_PAD}" y="${layout.titleBand / 2}" dominant-baseline="middle" text-anchor="end" font-size="14" fill="${soft}">${escapeXml(clip(options.subtitle, 40))}</text>`
      : '',
    `<line x1="0" x2="${width}" y1="${layout.titleBand - 0.5}" y2="${layout.titleBand - 0.5}" stroke="${rule}"/>`,
    inner,
    layout.legendBand > 0
      ? `<line x1="0" x2="${width}" y1="${legendTop + 0.5}" y2="${legendTop + 0.5}" stroke="${rule}"/>`
      : '',
    ...legend,
    '</svg>',
  ].join('\n');
}
