import sharp from 'sharp';
import { ssim } from 'ssim.js';
import type { Grey } from './pool.js';

/** Width of the grey thumbnail a truth stores for the visual part (height keeps the aspect). */
export const THUMB_WIDTH = 160;

/** The reference thumbnail as a grey PNG (base64) for the truth: a few KiB per item. */
export async function encodeThumb(g: Grey): Promise<string> {
  return (await sharp(g.data, { raw: { width: g.width, height: g.height, channels: 1 } }).png({ compressionLevel: 9 }).toBuffer()).toString('base64');
}

// A GRPO group judges several responses against one truth: decode each reference thumbnail once.
const decoded = new Map<string, Promise<Grey>>();
const CACHE = 256;

/** The stored thumbnail decoded (cached); rejects on a malformed one. */
export function decodeThumb(b64: string): Promise<Grey> {
  let hit = decoded.get(b64);
  if (!hit) {
    hit = sharp(Buffer.from(b64, 'base64'))
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ width: info.width, height: info.height, data }));
    hit.catch(() => decoded.delete(b64));
    if (decoded.size >= CACHE) decoded.delete(decoded.keys().next().value!);
    decoded.set(b64, hit);
  }
  return hit;
}

const rgba = (g: Grey) => {
  const out = new Uint8ClampedArray(g.data.length * 4);
  for (let i = 0; i < g.data.length; i++) {
    out[4 * i] = out[4 * i + 1] = out[4 * i + 2] = g.data[i];
    out[4 * i + 3] = 255;
  }
  return { data: out, width: g.width, height: g.height };
};

/**
 * Structural similarity (mean SSIM over windows) of two grey thumbnails of the same size, computed
 * here in Node, outside the sandbox. The candidate's thumbnail is area-averaged to the reference's
 * size by the extractor, so a different aspect ratio costs what its distortion costs. In [0, 1].
 */
export function visualSimilarity(ref: Grey, cand: Grey): number {
  if (ref.width !== cand.width || ref.height !== cand.height || cand.data.length !== ref.width * ref.height) return 0;
  return Math.max(0, Math.min(1, ssim(rgba(ref), rgba(cand), { ssim: 'bezkrovny' }).mssim));
}
