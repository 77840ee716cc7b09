import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { VeriforgeError } from '../../core/errors.js';

/** [start, end) of each of `size` bins over `n` pixels; a bin never is empty, even when n < size. */
function bins(n: number, size: number): Int32Array {
  const edge = new Int32Array(2 * size);
  for (let b = 0; b < size; b++) {
    const lo = Math.min(Math.ceil((b * n) / size), n - 1);
    edge[2 * b] = lo;
    edge[2 * b + 1] = Math.min(n, Math.max(Math.ceil(((b + 1) * n) / size), lo + 1));
  }
  return edge;
}

/**
 * Area-averages rows of 8-bit pixels into a grey size² image in [0, 1]: BT.601 luma in integer
 * thousandths (299 R + 587 G + 114 B), alpha ignored, palette indices looked up. Rows must arrive
 * in order. Each row is summed per column bin and added to the bin row being filled; a row whose
 * bytes equal the row before (a native compare: renders have long stretches of identical rows)
 * reuses that row's sums. The sums are exact integers, so any decoder that feeds the same pixels
 * gives the same numbers.
 */
export class AreaGrey {
  private readonly sum: Float64Array;
  private readonly band: Float64Array;
  private readonly rowSums: Float64Array;
  private readonly xs: Int32Array;
  private readonly ys: Int32Array;
  private nextBin = 0;
  private lastPx: Uint8Array | undefined;
  private lastAt = -1;

  constructor(private readonly w: number, h: number, private readonly size: number) {
    this.sum = new Float64Array(size * size);
    this.band = new Float64Array(size);
    this.rowSums = new Float64Array(size);
    this.xs = bins(w, size);
    this.ys = bins(h, size);
  }

  /** Adds row y, whose pixels start at px[at] with `channels` bytes each. */
  addRow(y: number, px: Uint8Array, at: number, channels: number, palette?: Int32Array): void {
    const { band, rowSums, size } = this;
    const bytes = this.w * channels;
    // Only a row elsewhere in the same Buffer is compared (a reused row buffer holds new bytes);
    // both decoders hand over Buffers.
    const repeat = px === this.lastPx && at !== this.lastAt && px instanceof Buffer && px.compare(px, this.lastAt, this.lastAt + bytes, at, at + bytes) === 0;
    if (!repeat) this.sumRow(px, at, channels, palette);
    this.lastPx = px;
    this.lastAt = at;
    for (let bx = 0; bx < size; bx++) band[bx] += rowSums[bx];
    // A bin row ends here (several do when the image is shorter than `size`: each is one row).
    let ended = false;
    while (this.nextBin < size && this.ys[2 * this.nextBin + 1] === y + 1) {
      this.sum.set(band, size * this.nextBin++);
      ended = true;
    }
    if (ended) band.fill(0);
  }

  private sumRow(px: Uint8Array, at: number, channels: number, palette?: Int32Array): void {
    const { xs, rowSums, size } = this;
    for (let bx = 0; bx < size; bx++) {
      let s = 0;
      let o = at + xs[2 * bx] * channels;
      const end = at + xs[2 * bx + 1] * channels;
      if (channels >= 3) for (; o < end; o += channels) s += 299 * px[o] + 587 * px[o + 1] + 114 * px[o + 2];
      else if (palette) for (; o < end; o += channels) s += palette[px[o]];
      else for (; o < end; o += channels) s += 1000 * px[o];
      rowSums[bx] = s;
    }
  }

  finish(): Float32Array {
    const { xs, ys, size } = this;
    const out = new Float32Array(size * size);
    for (let by = 0; by < size; by++) {
      for (let bx = 0; bx < size; bx++) {
        const area = (ys[2 * by + 1] - ys[2 * by]) * (xs[2 * bx + 1] - xs[2 * bx]);
        out[by * size + bx] = this.sum[by * size + bx] / (area * 255_000);
      }
    }
    return out;
  }
}

/** Larger images are left to sharp, whose pixel limit refuses decompression bombs with a clear error. */
const MAX_INFLATED = 256 * 1024 * 1024;

/**
 * Reads a non-interlaced PNG with 8-bit samples (grey, grey+alpha, RGB, RGBA, palette; grey and
 * palette also packed 1/2/4-bit) straight into the built-in encoder's input: a grey size² area
 * average in [0, 1], alpha ignored. Returns null for anything else (16-bit, interlaced, not a PNG),
 * which the caller decodes with sharp.
 *
 * Written by hand because decoding is most of the scoring cost: on our ~430² renders sharp costs
 * 0.93 ms of CPU per image (libvips pipeline set-up dominates; the inflate is 0.24 ms) and the pure-JS
 * decoders (pngjs, fast-png, upng-js) 2.0–2.5 ms. Here zlib inflates, rows are unfiltered in place
 * and summed straight into the area bins: no RGBA image is built.
 */
export function pngGrey(png: Uint8Array, size: number): Float32Array | null {
  if (png.length < 33 || png[0] !== 0x89 || png[1] !== 0x50 || png[2] !== 0x4e || png[3] !== 0x47) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const w = view.getUint32(16);
  const h = view.getUint32(20);
  const depth = png[24];
  const colour = png[25];
  const interlace = png[28];
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colour];
  // 8-bit samples; grey and palette images may also pack 1, 2 or 4 bits per pixel.
  const packed = depth < 8 && (colour === 0 || colour === 3) && [1, 2, 4].includes(depth);
  if ((depth !== 8 && !packed) || interlace !== 0 || !channels || w === 0 || h === 0) return null;

  const idat: Uint8Array[] = [];
  let palette: Int32Array | undefined;
  for (let o = 8; o + 8 <= png.length; ) {
    const len = view.getUint32(o);
    const type = String.fromCharCode(png[o + 4], png[o + 5], png[o + 6], png[o + 7]);
    const body = png.subarray(o + 8, o + 8 + len);
    if (type === 'IDAT') idat.push(body);
    else if (type === 'PLTE') {
      palette = new Int32Array(256);
      for (let i = 0; i * 3 + 2 < body.length; i++) palette[i] = 299 * body[i * 3] + 587 * body[i * 3 + 1] + 114 * body[i * 3 + 2];
    } else if (type === 'IEND') break;
    o += 12 + len;
  }
  if (colour === 3 && !palette) return null;
  const stride = packed ? Math.ceil((w * depth) / 8) : w * channels;
  const bpp = packed ? 1 : channels; // filters work on whole bytes
  const expected = h * (stride + 1);
  if (expected > MAX_INFLATED) return null;
  let raw: Buffer;
  try {
    // One output chunk of the known size: zlib's default 16 KB chunks cost a copy that doubled the time.
    raw = inflateSync(idat.length === 1 ? idat[0] : Buffer.concat(idat), { chunkSize: Math.max(expected, 64) });
  } catch {
    return null;
  }
  if (raw.length < expected) return null;
  const grey = new AreaGrey(w, h, size);
  const zeros = new Uint8Array(stride);
  const samples = packed ? new Uint8Array(w) : null;
  for (let y = 0; y < h; y++) {
    const at = y * (stride + 1) + 1;
    const ok = y === 0 ? unfilter(raw[at - 1], raw, at, zeros, 0, stride, bpp) : unfilter(raw[at - 1], raw, at, raw, at - stride - 1, stride, bpp);
    if (!ok) return null;
    if (samples) {
      unpack(raw, at, depth, samples, palette ? 1 : 255 / (2 ** depth - 1));
      grey.addRow(y, samples, 0, 1, palette);
    } else grey.addRow(y, raw, at, channels, palette);
  }
  return grey.finish();
}

/**
 * PNG row filters (spec §9), undone in place: row bytes start at raw[at], the row above (already
 * reconstructed) at up[upAt].
 */
function unfilter(type: number, raw: Uint8Array, at: number, up: Uint8Array, upAt: number, n: number, bpp: number): boolean {
  switch (type) {
    case 0:
      return true;
    case 1:
      for (let i = bpp; i < n; i++) raw[at + i] += raw[at + i - bpp];
      return true;
    case 2:
      for (let i = 0; i < n; i++) raw[at + i] += up[upAt + i];
      return true;
    case 3:
      for (let i = 0; i < n; i++) raw[at + i] += ((i >= bpp ? raw[at + i - bpp] : 0) + up[upAt + i]) >> 1;
      return true;
    case 4:
      for (let i = 0; i < n; i++) {
        const a = i >= bpp ? raw[at + i - bpp] : 0;
        const b = up[upAt + i];
        const c = i >= bpp ? up[upAt + i - bpp] : 0;
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        raw[at + i] += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      return true;
    default:
      return false;
  }
}

/**
 * Reads an image file into a grey size² Float32 array in [0, 1] by area averaging (an anti-aliased
 * reduction; sharp's greyscale().resize() took 4.5 ms per 500² PNG). PNGs go through `pngGrey`;
 * other formats, and PNG variants it does not read, are decoded by sharp.
 */
export async function loadGrey(path: string, size: number): Promise<Float32Array> {
  const file = readFileSync(path);
  const fast = pngGrey(file, size);
  if (fast) return fast;
  const { data, info } = await sharp(file)
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((e: Error) => {
      throw new VeriforgeError(`${path}: cannot read the image (${e.message})`);
    });
  const grey = new AreaGrey(info.width, info.height, size);
  for (let y = 0; y < info.height; y++) grey.addRow(y, data, y * info.width * info.channels, info.channels);
  return grey.finish();
}

/** Grey size² images of several files, laid end to end. */
export async function readGreys(paths: string[], size: number): Promise<Float32Array> {
  const out = new Float32Array(paths.length * size * size);
  for (let i = 0; i < paths.length; i++) out.set(await loadGrey(paths[i], size), i * size * size);
  return out;
}

/** Spreads 1-, 2- or 4-bit samples (most significant bits first) to one byte each, times `scale`. */
function unpack(raw: Uint8Array, at: number, depth: number, out: Uint8Array, scale: number): void {
  const mask = 2 ** depth - 1;
  for (let i = 0; i < out.length; i++) {
    const bit = i * depth;
    out[i] = ((raw[at + (bit >> 3)] >> (8 - depth - (bit & 7))) & mask) * scale;
  }
}
