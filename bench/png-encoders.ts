// PNG/JPEG/WebP encoder options on real scenes (sudoku, maze at level 3): ms per image and size.
// Usage: npx tsx bench/png-encoders.ts
import sharp from 'sharp';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import type { CanvasScene } from '../core/scene.js';
import { tasks } from '../generators/index.js';
import { drawScene } from '../renderers/canvas.js';

const N = 60;
type Encoder = [string, (rgba: Buffer, w: number, h: number, canvasPng: () => Buffer) => Promise<Buffer> | Buffer];
const raw = (rgba: Buffer, w: number, h: number) => sharp(rgba, { raw: { width: w, height: h, channels: 4 } });
const encoders: Encoder[] = [
  ['canvas encodeSync png', (_r, _w, _h, c) => c()],
  ['sharp png level 1', (r, w, h) => raw(r, w, h).png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer()],
  ['sharp png level 6', (r, w, h) => raw(r, w, h).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer()],
  ['sharp png level 6 adaptive', (r, w, h) => raw(r, w, h).png({ compressionLevel: 6, adaptiveFiltering: true }).toBuffer()],
  ['sharp png level 9', (r, w, h) => raw(r, w, h).png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer()],
  ['sharp png palette', (r, w, h) => raw(r, w, h).png({ palette: true }).toBuffer()],
  ['sharp jpeg q90', (r, w, h) => raw(r, w, h).flatten({ background: '#fff' }).jpeg({ quality: 90 }).toBuffer()],
  ['sharp webp q90', (r, w, h) => raw(r, w, h).webp({ quality: 90 }).toBuffer()],
];

for (const name of ['sudoku', 'maze']) {
  const def = tasks.get(name);
  const params = resolveParams(def.params, {}, 'params', def.levels[3]);
  const frames = Array.from({ length: N }, (_, i) => {
    const scene = def.generate(new Rng(deriveSeed('enc', name, i)), params).scene as CanvasScene;
    const { ctx } = drawScene(scene);
    const d = ctx.getImageData(0, 0, scene.width, scene.height).data;
    return { rgba: Buffer.from(d.buffer, d.byteOffset, d.byteLength), w: scene.width, h: scene.height, canvas: ctx.canvas };
  });
  console.log(`\n${name} level 3 (${frames[0].w}×${frames[0].h}), ${N} images`);
  for (const [label, enc] of encoders) {
    let bytes = 0;
    const t0 = performance.now();
    for (const f of frames) bytes += (await enc(f.rgba, f.w, f.h, () => f.canvas.encodeSync('png'))).length;
    const ms = (performance.now() - t0) / N;
    console.log(`  ${label.padEnd(28)} ${ms.toFixed(2).padStart(6)} ms  ${(bytes / N / 1024).toFixed(1).padStart(6)} KB`);
  }
}
