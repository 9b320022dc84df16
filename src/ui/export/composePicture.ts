/**
 * Composes the exported PNG on a canvas: a title band, the graph image from the adapter and a
 * legend of the kinds shown, drawn from KIND_STYLE so the legend matches the graph, the bands in
 * the colours of the theme the graph is drawn in. Sizes follow
 * pictureLayout (see there); everything is drawn at `scale` so text stays sharp at 2× and 4×.
 */
import type { NodeKind } from '../../model/schema';
import { KIND_STYLE } from '../../view/kindStyle';
import { LABEL_FONT_STACK } from '../../view/labelFont';
import { bandColours, type BandColours } from '../../view/bandColours';
import { LEGEND_ITEM, LEGEND_PAD, LEGEND_ROW, pictureLayout } from './pngLayout';

export interface PictureOptions {
  scale: number;
  title: string;
  /** A short line under or beside the title (e.g. the story name). */
  subtitle?: string;
  /** Kinds in the legend, in legend order. */
  kinds: readonly NodeKind[];
  /** The bands' colours (bandColours.ts); not given: the light theme's. */
  colours?: BandColours;
}

const FONT = LABEL_FONT_STACK;

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The composed picture as a PNG blob. */
export async function composePicture(graphPng: Blob, options: PictureOptions): Promise<Blob> {
  const { scale, title, subtitle, kinds } = options;
  const { paper, ink, soft, rule } = options.colours ?? bandColours('light');
  const image = await createImageBitmap(graphPng);
  const layout = pictureLayout(image.width, image.height, scale, kinds.length);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('composePicture: no 2D canvas context');
  const cssWidth = layout.width / scale;

  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  // The graph image is placed pixel for pixel; only the bands are drawn in scaled CSS pixels.
  ctx.drawImage(image, 0, Math.round(layout.titleBand * scale));
  image.close();

  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = ink;
  ctx.textBaseline = 'middle';
  ctx.font = `600 20px ${FONT}`;
  const titleWidth = subtitle ? cssWidth * 0.68 : cssWidth - 2 * LEGEND_PAD;
  ctx.fillText(fitText(ctx, title, titleWidth), LEGEND_PAD, layout.titleBand / 2);
  if (subtitle) {
    ctx.font = `14px ${FONT}`;
    ctx.fillStyle = soft;
    ctx.textAlign = 'right';
    const text = fitText(ctx, subtitle, cssWidth * 0.3 - LEGEND_PAD);
    ctx.fillText(text, cssWidth - LEGEND_PAD, layout.titleBand / 2);
    ctx.textAlign = 'left';
  }
  ctx.strokeStyle = rule;
  ctx.beginPath();
  ctx.moveTo(0, layout.titleBand - 0.5);
  ctx.lineTo(cssWidth, layout.titleBand - 0.5);
  ctx.stroke();

  const legendTop = layout.height / scale - layout.legendBand;
  if (layout.legendBand > 0) {
    ctx.beginPath();
    ctx.moveTo(0, legendTop + 0.5);
    ctx.lineTo(cssWidth, legendTop + 0.5);
    ctx.stroke();
  }
  ctx.font = `13px ${FONT}`;
  kinds.forEach((kind, i) => {
    const style = KIND_STYLE[kind];
    const col = i % layout.legendPerRow;
    const row = Math.floor(i / layout.legendPerRow);
    const x = LEGEND_PAD + col * LEGEND_ITEM;
    const y = legendTop + LEGEND_PAD + row * LEGEND_ROW + LEGEND_ROW / 2;
    ctx.save();
    ctx.translate(x, y - 8);
    ctx.fillStyle = style.color;
    ctx.strokeStyle = ink;
    ctx.lineWidth = 0.8;
    const glyph = new Path2D(style.glyph);
    ctx.fill(glyph);
    ctx.stroke(glyph);
    ctx.restore();
    ctx.fillStyle = ink;
    ctx.fillText(fitText(ctx, style.legend, LEGEND_ITEM - 30), x + 22, y);
  });
  ctx.restore();

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('composePicture: encoding failed'))),
      'image/png',
    ),
  );
}
