// Reads a .pptx back as the zip of XML it is: each slide's paragraphs, its speaker notes, and its
// pictures with the size they are placed at (<a:ext> cx/cy, EMU) and the size of their PNG.
import JSZip from 'jszip';
import { pngSize, type PixelSize } from '../../src/io/pngSize';

export interface DeckPicture {
  media: string;
  /** The size the picture is placed at on the slide, in EMU. */
  cx: number;
  cy: number;
  png: PixelSize;
}

export interface DeckSlide {
  xml: string;
  /** The text of each paragraph, runs joined, entities decoded. */
  paragraphs: string[];
  notes: string;
  pictures: DeckPicture[];
}

export interface DeckContents {
  /** Every XML part of the package, by its path. */
  parts: Record<string, string>;
  /** The slide size from ppt/presentation.xml, in EMU. */
  size: { cx: number; cy: number };
  slides: DeckSlide[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? all;
  });
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    [...(p[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => decode(t[1] ?? '')).join(''),
  );
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the deck has no ${path}`);
  return file.async('string');
}

/** The deck's slides in order, with their text, notes and pictures. */
export async function readDeck(bytes: Uint8Array): Promise<DeckContents> {
  const zip = await JSZip.loadAsync(bytes);
  const presentation = await text(zip, 'ppt/presentation.xml');
  const sldSz = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
  const numbers = Object.keys(zip.files)
    .map((name) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const slides: DeckSlide[] = [];
  for (const n of numbers) {
    const xml = await text(zip, `ppt/slides/slide${n}.xml`);
    const rels = await text(zip, `ppt/slides/_rels/slide${n}.xml.rels`);
    const notesFile = zip.file(`ppt/notesSlides/notesSlide${n}.xml`);
    const notes = notesFile ? paragraphsOf(await notesFile.async('string')).join('\n') : '';
    const pictures: DeckPicture[] = [];
    for (const pic of xml.matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)) {
      const body = pic[1] ?? '';
      const rId = /<a:blip r:embed="([^"]+)"/.exec(body)?.[1];
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(body);
      const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      if (!rId || !ext || !target) throw new Error(`slide ${n}: a picture without its image`);
      const media = `ppt/${target.replace(/^\.\.\//, '')}`;
      const png = zip.file(media);
      if (!png) throw new Error(`slide ${n}: ${media} is missing`);
      pictures.push({
        media,
        cx: Number(ext[1]),
        cy: Number(ext[2]),
        png: pngSize(await png.async('uint8array'), media),
      });
    }
    slides.push({ xml, paragraphs: paragraphsOf(xml), notes, pictures });
  }
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)))
    parts[name] = await text(zip, name);
  return { parts, size: { cx: Number(sldSz?.[1]), cy: Number(sldSz?.[2]) }, slides };
}
