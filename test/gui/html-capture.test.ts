import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import type { Scene } from '../../core/scene.js';
import { scenesOf } from '../../core/task.js';
import { tasks } from '../../generators/index.js';
import { castStats, closeHtmlPool, setHtmlCapture } from '../../renderers/browser/html.js';
import { render } from '../../renderers/index.js';

afterAll(async () => {
  setHtmlCapture('screenshot');
  await closeHtmlPool();
});

/** Screens (phone and desktop, light and dark) and documents (cut to their content) of levels 1 and 3. */
const scenes: Scene[] = ['gui-ground', 'doc-qa'].flatMap((name) => {
  const def = tasks.get(name);
  return ([1, 3] as const).flatMap((level) => Array.from({ length: 20 }, (_, i) => scenesOf(def.generate(new Rng(deriveSeed('capture-test', `${name}-${level}`, i)), resolveParams(def.params, {}, 'params', def.levels[level])))[0]));
});

/** Renders every scene, two at a time (the pool's two pages), in the given order; bytes by scene index. */
async function renderAll(order: number[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  let next = 0;
  await Promise.all([0, 1].map(async () => {
    while (next < order.length) {
      const k = order[next++];
      out[k] = (await render(scenes[k])).bytes;
    }
  }));
  return out;
}

const forward = scenes.map((_, k) => k);
const shuffled = [...forward].sort((a, b) => ((a * 37) % 17) - ((b * 37) % 17) || b - a);

describe('HTML capture', () => {
  let shots: Buffer[] = [];

  it('an image does not depend on what its page drew before: 80 scenes in two orders give the same bytes', async () => {
    setHtmlCapture('screenshot');
    shots = await renderAll(forward);
    const again = await renderAll(shuffled);
    const differ = forward.filter((k) => Buffer.compare(shots[k], again[k]) !== 0);
    expect(differ).toEqual([]);
  });

  it('screencast frames are byte for byte the screenshots of the same scenes, two pages at a time', async () => {
    expect(shots.length).toBe(scenes.length);
    setHtmlCapture('screencast');
    const before = { ...castStats };
    const cast = await renderAll(shuffled);
    const differ = forward.filter((k) => Buffer.compare(shots[k], cast[k]) !== 0);
    expect(differ).toEqual([]);
    expect(castStats.frames - before.frames).toBe(scenes.length);
    // Most images came from frames (a screenshot stands in only when a frame is late or missing), so
    // the comparison above is about the screencast path.
    expect(castStats.fallbacks - before.fallbacks).toBeLessThan(scenes.length / 4);
  });

  it('a scene drawn again on the same page (no new frame) falls back to a screenshot of the same bytes', async () => {
    setHtmlCapture('screencast');
    for (const k of [3, 25, 45, 70]) {
      const before = castStats.fallbacks;
      const a = await render(scenes[k]);
      const b = await render(scenes[k]);
      expect(castStats.fallbacks - before).toBeGreaterThanOrEqual(1);
      expect(Buffer.compare(a.bytes, shots[k])).toBe(0);
      expect(Buffer.compare(b.bytes, shots[k])).toBe(0);
    }
  });
});
