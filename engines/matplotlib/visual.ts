import sharp from 'sharp';
import { ssim } from 'ssim.js';
import type { Raster } from './pool.js';

/** Width of the grey thumbnail a truth stores for the visual part (height keeps the aspect). */
export const THUMB_WIDTH = 160;

async function grey(raster: Raster, width: number, height: number): Promise<Buffer> {
  return sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: 4 } })
    .flatten({ background: '#ffffff' })
    .resize(width, height, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer();
}

/** The reference render as a small grey PNG (base64), stored in the truth: a few KiB per item. */
export async function thumbnail(raster: Raster): Promise<string> {
  const height = Math.max(8, Math.round((raster.height * THUMB_WIDTH) / raster.width));
  const g = await grey(raster, THUMB_WIDTH, height);
  return (await sharp(g, { raw: { width: THUMB_WIDTH, height, channels: 1 } }).png({ compressionLevel: 9 }).toBuffer()).toString('base64');
}

const rgba = (g: Uint8Array | Buffer) => {
  const out = new Uint8ClampedArray(g.length * 4);
  for (let i = 0; i < g.length; i++) out.fill(g[i], 4 * i, 4 * i + 3), (out[4 * i + 3] = 255);
  return out;
};

/**
 * Structural similarity (SSIM, mean over windows) of the candidate's render and the stored reference
 * thumbnail, computed here in Node, outside the sandbox. The candidate is resized to the thumbnail's
 * size, so a different aspect ratio costs what its distortion costs. In [0, 1].
 */
export async function visualSimilarity(thumbB64: string, raster: Raster): Promise<number> {
  const ref = await sharp(Buffer.from(thumbB64, 'base64')).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = ref.info;
  const cand = await grey(raster, width, height);
  const r = ssim({ data: rgba(ref.data), width, height }, { data: rgba(cand), width, height }, { ssim: 'bezkrovny' });
  return Math.max(0, Math.min(1, r.mssim));
}
