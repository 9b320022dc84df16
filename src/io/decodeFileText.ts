/**
 * Turns the bytes of a file a person opened into text: UTF-8 (a byte order mark dropped), UTF-16
 * by its byte order mark, else Windows-1252 with a notice, so that "café" saved by an old editor
 * is not silently read as "caf\uFFFD". A binary file (NUL bytes, no UTF-16 mark) is refused.
 */

export type DecodedFileText =
  | {
      ok: true;
      text: string;
      /** Said to the person next to the outcome, when the file was not UTF-8. */
      notice?: string;
    }
  | { ok: false; message: string };

/** How much of the file is searched for NUL bytes, bytes. */
export const BINARY_SNIFF_BYTES = 8192;

export const LATIN1_NOTICE =
  'The file was not UTF-8; it was read as Latin-1 (Windows-1252). Check accented letters.';
export const BINARY_MESSAGE = 'this is a binary file, not a text file';

/**
 * Windows-1252 at 0x80–0x9F, as the WHATWG Encoding standard maps it (its five unassigned bytes
 * stay C1 controls); every other byte is the code point of the same number. Written out because
 * Node's TextDecoder('windows-1252') reads these 32 bytes as Latin-1's control codes.
 */
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_TO_9F.charCodeAt(b - 0x80) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

const startsWith = (bytes: Uint8Array, mark: readonly number[]) =>
  mark.every((b, i) => bytes[i] === b);

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedFileText {
  try {
    // The decoder drops the byte order mark itself.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `the file starts as ${encoding.toUpperCase()} but is not valid` };
  }
}

export function decodeFileText(bytes: Uint8Array): DecodedFileText {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.subarray(0, BINARY_SNIFF_BYTES).includes(0))
    return { ok: false, message: BINARY_MESSAGE };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
    };
  } catch {
    return { ok: true, text: decodeWindows1252(body), notice: LATIN1_NOTICE };
  }
}
