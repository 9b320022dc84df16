/** The width and height of a PNG, read from its IHDR chunk (the first one, by the format). */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PixelSize {
  width: number;
  height: number;
}

/** The PNG's size in pixels; throws, naming `what`, when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array, what = 'the picture'): PixelSize {
  const isPng =
    bytes.length >= 24 &&
    SIGNATURE.every((b, i) => bytes[i] === b) &&
    String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error(`${what} is not a PNG image (${bytes.length} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = { width: view.getUint32(16), height: view.getUint32(20) };
  if (size.width === 0 || size.height === 0)
    throw new Error(`${what} is an empty PNG image (${size.width} × ${size.height} px)`);
  return size;
}
