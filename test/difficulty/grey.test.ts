import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtinEncoder } from '../../datasets/difficulty/encoder.js';
import { AreaGrey, loadGrey, pngGrey } from '../../datasets/difficulty/grey.js';
import { useDevice } from '../../datasets/difficulty/runtime.js';
import { Rng } from '../../core/rng.js';

const root = mkdtempSync(join(tmpdir(), 'vf-grey-'));

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** The PNG forward filters (spec §9), written here independently of the decoder under test. */
function filterRow(type: number, row: Uint8Array, up: Uint8Array, bpp: number): Uint8Array {
  const out = new Uint8Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp] : 0;
    const b = up[i];
    const c = i >= bpp ? up[i - bpp] : 0;
    const p = a + b - c;
    const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
    const pred = [0, a, b, (a + b) >> 1, paeth][type];
    out[i] = (row[i] - pred) & 255;
  }
  return out;
}

function pngFile(w: number, h: number, depth: number, colour: number, scanlines: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([depth, colour, 0, 0, 0], 8);
  const z = deflateSync(scanlines);
  const half = z.length >> 1;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', z.subarray(0, half)), chunk('IDAT', z.subarray(half)), chunk('IEND', new Uint8Array())]);
}

/** An 8-bit RGB PNG whose row y uses filter y % 5, split over two IDAT chunks. */
function handmadePng(w: number, h: number, px: Uint8Array): Buffer {
  const rows: Uint8Array[] = [];
  for (let y = 0; y < h; y++) {
    const row = px.subarray(y * w * 3, (y + 1) * w * 3);
    const up = y ? px.subarray((y - 1) * w * 3, y * w * 3) : new Uint8Array(w * 3);
    rows.push(Uint8Array.of(y % 5), filterRow(y % 5, row, up, 3));
  }
  return pngFile(w, h, 8, 2, Buffer.concat(rows));
}

function areaOf(px: Uint8Array, w: number, h: number, channels: number, size: number): Float32Array {
  const g = new AreaGrey(w, h, size);
  for (let y = 0; y < h; y++) g.addRow(y, px, y * w * channels, channels);
  return g.finish();
}

async function viaSharp(png: Buffer, size: number): Promise<Float32Array> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return areaOf(data, info.width, info.height, info.channels, size);
}

describe('grey area average', () => {
  it('has exact values: a uniform colour everywhere, and black/white halves', () => {
    const w = 130, h = 70;
    const px = new Uint8Array(w * h * 3);
    for (let i = 0; i < px.length; i += 3) px.set([10, 200, 30], i);
    const g = areaOf(px, w, h, 3, 64);
    expect(new Set(g)).toEqual(new Set([Math.fround((299 * 10 + 587 * 200 + 114 * 30) / 255000)]));
    const half = new Uint8Array(128 * 128).map((_, i) => (i % 128 < 64 ? 0 : 255));
    const hg = areaOf(half, 128, 128, 1, 64);
    expect([...hg.slice(0, 64)]).toEqual([...Array(32).fill(0), ...Array(32).fill(1)]);
  });

  it('never leaves a bin empty when the image is smaller than the grid', () => {
    const g = areaOf(new Uint8Array(5 * 3).fill(255), 5, 3, 1, 64);
    expect(g.every((v) => v === 1)).toBe(true);
  });
});

describe('PNG fast path', () => {
  it('undoes all five row filters across split IDAT chunks exactly', async () => {
    const rng = new Rng('png-filters');
    const w = 37, h = 23;
    const px = Uint8Array.from({ length: w * h * 3 }, () => rng.int(0, 255));
    const png = handmadePng(w, h, px);
    const fast = pngGrey(png, 16)!;
    expect(fast).not.toBeNull();
    expect([...fast]).toEqual([...areaOf(px, w, h, 3, 16)]);
    expect([...fast]).toEqual([...(await viaSharp(png, 16))]);
  });

  it('spreads packed 2-bit grey samples to the full range', async () => {
    // one row of 5 pixels: samples 0, 1, 2, 3, 3 → bytes 0b00011011, 0b11000000
    const png = pngFile(5, 1, 2, 0, Buffer.from([0, 0b00011011, 0b11000000]));
    const row = [0, 85, 170, 255, 255].map((v) => Math.fround((1000 * v) / 255000));
    const expected = [row, row, row, row, row].flat(); // a 5×5 grid from one row: every bin row is that row
    expect([...pngGrey(png, 5)!]).toEqual(expected);
    expect([...(await viaSharp(png, 5))]).toEqual(expected);
  });

  it('reuses the sums of repeated rows without changing a number', async () => {
    // runs of identical rows (as in renders), broken by single different rows
    const w = 150, h = 97;
    const px = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const v = y % 13 === 0 ? (x * 31 + y) & 255 : x % 9 < 2 ? 20 : 240;
        px.set([v, (v * 3) & 255, 255 - v, 255], (y * w + x) * 4);
      }
    }
    const png = await sharp(Buffer.from(px), { raw: { width: w, height: h, channels: 4 } }).png().toBuffer();
    const plain = areaOf(Uint8Array.from(px), w, h, 4, 64); // not a Buffer: every row summed
    expect([...pngGrey(png, 64)!]).toEqual([...plain]);
    expect([...(await viaSharp(png, 64))]).toEqual([...plain]);
  });

  it('reads RGBA, RGB, palette, grey and grey+alpha PNGs as sharp does', async () => {
    const rng = new Rng('png-kinds');
    const w = 203, h = 151;
    const rgba = Buffer.from(Uint8Array.from({ length: w * h * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 7 + rng.int(0, 40)) & 255)));
    const raw = { raw: { width: w, height: h, channels: 4 as const } };
    const kinds: [string, Buffer, number][] = [
      ['rgba', await sharp(rgba, raw).png().toBuffer(), 6],
      ['rgb adaptive', await sharp(rgba, raw).removeAlpha().png({ adaptiveFiltering: true }).toBuffer(), 2],
      ['palette', await sharp(rgba, raw).png({ palette: true }).toBuffer(), 3],
      ['palette 4-bit', await sharp(rgba, raw).png({ palette: true, colours: 16 }).toBuffer(), 3],
      ['palette 1-bit', await sharp(rgba, raw).png({ palette: true, colours: 2 }).toBuffer(), 3],
      ['grey', await sharp(rgba, raw).removeAlpha().toColourspace('b-w').png().toBuffer(), 0],
      ['grey+alpha', await sharp(rgba, raw).toColourspace('b-w').png().toBuffer(), 4],
    ];
    for (const [name, png, colourType] of kinds) {
      expect(png[25], name).toBe(colourType);
      expect(png[24], name).toBe(name.includes('4-bit') ? 4 : name.includes('1-bit') ? 1 : 8);
      const fast = pngGrey(png, 64);
      expect(fast, name).not.toBeNull();
      expect([...fast!], name).toEqual([...(await viaSharp(png, 64))]);
    }
  });

  it('leaves interlaced and 16-bit PNGs, JPEG and WebP to sharp, with the same area average', async () => {
    const src = await sharp({ create: { width: 90, height: 60, channels: 3, background: { r: 200, g: 40, b: 90 } } }).png().toBuffer();
    const cases: [string, Buffer][] = [
      ['interlaced.png', await sharp(src).png({ progressive: true }).toBuffer()],
      ['sixteen.png', await sharp(src).toColourspace('rgb16').png().toBuffer()],
      ['photo.jpg', await sharp(src).jpeg().toBuffer()],
      ['photo.webp', await sharp(src).webp({ lossless: true }).toBuffer()],
    ];
    for (const [name, buf] of cases) {
      expect(pngGrey(buf, 32), name).toBeNull();
      const path = join(root, name);
      writeFileSync(path, buf);
      const g = await loadGrey(path, 32);
      expect(g.length).toBe(32 * 32);
      if (!name.endsWith('.jpg')) expect([...g], name).toEqual([...(await viaSharp(buf, 32))]);
    }
  });

  it('reports a corrupt or truncated image with its path', async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#808080' } }).png().toBuffer();
    const bad = join(root, 'truncated.png');
    writeFileSync(bad, png.subarray(0, 60));
    await expect(loadGrey(bad, 16)).rejects.toThrow(`${bad}: cannot read the image`);
    const junk = join(root, 'junk.png');
    writeFileSync(junk, 'not an image');
    await expect(loadGrey(junk, 16)).rejects.toThrow(`${junk}: cannot read the image`);
  });
});

describe('built-in encoder threads', () => {
  it('gives the same features on worker threads as in this thread, and names a missing file', async () => {
    await useDevice('cpu');
    const rng = new Rng('encoder-threads');
    const paths: string[] = [];
    for (let i = 0; i < 12; i++) {
      const w = 120 + i * 17;
      const px = Buffer.from(Uint8Array.from({ length: w * 100 * 3 }, () => (rng.next() < 0.2 ? 0 : 255)));
      const path = join(root, `img-${i}.png`);
      writeFileSync(path, await sharp(px, { raw: { width: w, height: 100, channels: 3 } }).png().toBuffer());
      paths.push(path);
    }
    const one = builtinEncoder(1);
    const two = builtinEncoder(2);
    try {
      const a = await one.encode(paths);
      const b = (await Promise.all([two.encode(paths.slice(0, 5)), two.encode(paths.slice(5))])).flat();
      expect(b.map((f) => [...f])).toEqual(a.map((f) => [...f]));
      expect(a[0].length).toBe(one.dims);
      const missing = join(root, 'missing.png');
      await expect(two.encode([missing])).rejects.toThrow('missing.png');
    } finally {
      await one.close();
      await two.close();
    }
  });
});
