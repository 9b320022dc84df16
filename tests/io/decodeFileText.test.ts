// The bytes of a file a person opened, as text: UTF-8 with or without its mark, UTF-16 by its
// mark, Latin-1 (Windows-1252) with a notice instead of silent U+FFFD, and binary files refused.
import { describe, expect, it } from 'vitest';
import {
  BINARY_MESSAGE,
  BINARY_SNIFF_BYTES,
  LATIN1_NOTICE,
  decodeFileText,
} from '../../src/io/decodeFileText';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeFileText', () => {
  it('reads UTF-8, with no notice', () => {
    expect(decodeFileText(utf8('{"title": "Café 東京"}'))).toEqual({
      ok: true,
      text: '{"title": "Café 東京"}',
    });
    expect(decodeFileText(bytes())).toEqual({ ok: true, text: '' });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeFileText(bytes(0xef, 0xbb, 0xbf, ...utf8('[1]')))).toEqual({
      ok: true,
      text: '[1]',
    });
  });

  it('reads UTF-16 little- and big-endian by their byte order mark', () => {
    // "café" as UTF-16LE and UTF-16BE, each after its mark.
    expect(decodeFileText(bytes(0xff, 0xfe, 0x63, 0, 0x61, 0, 0x66, 0, 0xe9, 0))).toEqual({
      ok: true,
      text: 'café',
    });
    expect(decodeFileText(bytes(0xfe, 0xff, 0, 0x63, 0, 0x61, 0, 0x66, 0, 0xe9))).toEqual({
      ok: true,
      text: 'café',
    });
    expect(decodeFileText(bytes(0xff, 0xfe, 0x63, 0, 0x61)).ok).toBe(false);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    expect(decodeFileText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({
      ok: true,
      text: 'café',
      notice: LATIN1_NOTICE,
    });
    // The letters Windows-1252 puts where Latin-1 has control codes: € and curly quotes.
    const decoded = decodeFileText(bytes(0x80, 0x20, 0x93, 0x61, 0x94));
    expect(decoded).toEqual({ ok: true, text: '€ “a”', notice: LATIN1_NOTICE });
    const high = decodeFileText(bytes(0x8a, 0x81, 0x9f, 0xa0, 0xff));
    expect(high.ok && [...high.text].map((c) => c.codePointAt(0))).toEqual([
      0x160, 0x81, 0x178, 0xa0, 0xff,
    ]);
  });

  it('refuses a binary file: NUL bytes near the start and no UTF-16 mark', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49);
    expect(decodeFileText(png)).toEqual({ ok: false, message: BINARY_MESSAGE });
    expect(decodeFileText(bytes(0xef, 0xbb, 0xbf, 0x7b, 0, 0x7d))).toEqual({
      ok: false,
      message: BINARY_MESSAGE,
    });
    expect(BINARY_MESSAGE).toBe('this is a binary file, not a text file');
  });

  it('leaves a NUL byte far into a text file to the JSON parser, which names its place', () => {
    const text = new Uint8Array(BINARY_SNIFF_BYTES + 10).fill(0x20);
    text[BINARY_SNIFF_BYTES + 5] = 0;
    const decoded = decodeFileText(text);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.text).toHaveLength(BINARY_SNIFF_BYTES + 10);
  });
});
