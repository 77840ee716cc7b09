// Two ways to take a page's pixels out of Chromium, side by side in one browser: Page.captureScreenshot
// (what renderers/browser/html.ts does: a copy request and a fresh bitmap per capture) and a running
// Page.startScreencast (the compositor's video capturer, which reuses its frame buffers), on the same
// changing 1280×800 page. Prints CPU per item (this process and Chromium's, from /proc) and whether the two
// paths give identical pixels. A measurement for issue 18's capture cost, not a renderer.
// npx tsx bench/html-capture.ts [--items 40] [--rounds 2]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'puppeteer-core';
import sharp from 'sharp';
import { CHROMIUM } from '../renderers/browser/pool.js';
import { treeCpuSeconds } from './tree-cpu.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const W = 1280;
const H = 800;
const ITEMS = arg('items', 40);

/** A settings-like list whose text changes with i, so that every item is a new picture. */
const screen = (i: number) =>
  `<div style="width:${W}px;height:${H}px;background:#f4f6fa;font-family:DejaVu Sans">` +
  Array.from({ length: 30 }, (_, k) => `<div style="margin:6px;padding:8px;background:${k % 2 ? '#fff' : '#e8eefc'};border-radius:6px">Item ${i}-${k} <b>Bluetooth</b> ${'x'.repeat((i * 7 + k) % 40)}</div>`).join('') +
  '</div>';

const profile = mkdtempSync(join(tmpdir(), 'vf-capture-'));
const browser = await launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', `--user-data-dir=${profile}`] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: W, height: H });
  const cdp = await page.createCDPSession();
  const show = (i: number) => page.evaluate((html) => void (document.body.innerHTML = html), screen(i));
  let waiting: ((png: Buffer) => void) | null = null;
  cdp.on('Page.screencastFrame', (e: { data: string; sessionId: number }) => {
    void cdp.send('Page.screencastFrameAck', { sessionId: e.sessionId }).catch(() => undefined);
    const deliver = waiting;
    waiting = null;
    deliver?.(Buffer.from(e.data, 'base64'));
  });
  const paths = {
    screenshot: async (i: number) => {
      await show(i);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, captureBeyondViewport: false, clip: { x: 0, y: 0, width: W, height: H, scale: 1 } });
      return Buffer.from(data, 'base64');
    },
    screencast: async (i: number) => {
      const frame = new Promise<Buffer>((resolve) => (waiting = resolve));
      await show(i);
      return frame;
    },
  };
  for (let round = 0; round < arg('rounds', 2); round++) {
    for (const name of ['screenshot', 'screencast'] as const) {
      if (name === 'screencast') await cdp.send('Page.startScreencast', { format: 'png' });
      for (let i = 0; i < 3; i++) await paths[name](100_000 + i); // warm (the first screencast frame may be the last screen's)
      const c0 = treeCpuSeconds();
      const t0 = performance.now();
      for (let i = 0; i < ITEMS; i++) await paths[name](i);
      console.log(`${name}: ${(((treeCpuSeconds() - c0) / ITEMS) * 1000).toFixed(1)} ms CPU per item, ${((performance.now() - t0) / ITEMS).toFixed(1)} ms wall; load ${loadavg()[0].toFixed(1)}`);
      if (name === 'screencast') await cdp.send('Page.stopScreencast');
    }
  }
  // Same picture both ways: compare the decoded pixels. A screencast sends the current picture when
  // it starts; that frame is awaited first, or it would be taken for the next screen's.
  const a = await sharp(await paths.screenshot(7)).raw().toBuffer();
  await paths.screenshot(8);
  const started = new Promise<Buffer>((resolve) => (waiting = resolve));
  await cdp.send('Page.startScreencast', { format: 'png' });
  await started;
  const b = await sharp(await paths.screencast(7)).raw().toBuffer();
  await cdp.send('Page.stopScreencast');
  let diff = a.length === b.length ? 0 : Infinity;
  for (let k = 0; k < a.length && diff < Infinity; k++) diff = Math.max(diff, Math.abs(a[k] - b[k]));
  console.log(`largest pixel difference, screenshot vs screencast frame of the same screen: ${diff}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
