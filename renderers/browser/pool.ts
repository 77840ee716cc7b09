import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { VeriforgeError } from '../../core/errors.js';

export const CHROMIUM = process.env.VERIFORGE_CHROMIUM ?? '/usr/bin/chromium';

/** Flags measured to work headless on our machines (see DESIGN.md): no sandbox, no GPU, no network chatter. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none',
  // Pages of the pool work side by side: none may be throttled as a background tab (its frames, and so
  // its screenshots, would stall while another page has the focus).
  '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding',
  // Every frame rasters its tiles whole. With partial raster a changed region is drawn into the tiles of
  // the previous scene on the page, and edges there came out one level off: the bytes of an image
  // depended on what that page drew before (19 of 120 screens and documents, rendered in two orders).
  '--disable-partial-raster'];

export interface PoolOptions {
  /** Pages kept open (each job holds one page). */
  size: number;
  /** Prepares a fresh page (loads libraries, fonts); runs again for every replacement page. */
  setup(page: Page): Promise<void>;
}

class JobTimeout extends Error {}

/** Chromium's helper processes may still write while it exits: retry, and never throw from cleanup. */
function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {
    // a leftover profile in the temp folder is harmless
  }
}

/**
 * One Chromium per process, shared by every page pool (charts, HTML pages, 3D scenes): each pool's
 * pages live in browser contexts of their own, so sharing costs nothing, while a browser per pool
 * cost a few hundred MB and a launch each. Launched on first use, closed when the last pool closes;
 * after a crash the next page launches a fresh one.
 */
class SharedChromium {
  private browser: Promise<Browser> | null = null;
  /** The launched browser behind `browser`, to tell whether a disconnect is the current one's. */
  private current: Browser | null = null;
  private readonly users = new Set<PagePool>();

  get(user: PagePool): Promise<Browser> {
    this.users.add(user);
    if (!this.browser) {
      const launched = this.launch();
      // A failed launch is retried by the next page.
      launched.catch(() => this.browser === launched && (this.browser = null));
      this.browser = launched;
    }
    return this.browser;
  }

  async release(user: PagePool): Promise<void> {
    if (!this.users.delete(user) || this.users.size > 0 || !this.browser) return;
    const b = this.browser;
    this.browser = null;
    const browser = await b.catch(() => null);
    await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
  }

  private async launch(): Promise<Browser> {
    const { launch } = await import('puppeteer-core');
    const dir = mkdtempSync(join(tmpdir(), 'veriforge-chromium-'));
    try {
      // pipe: DevTools over the process's stdio pipes instead of a port. Chromium exits when the pipe
      // closes, which the kernel does when this process dies however it dies (SIGKILL included): no
      // browser is left running, re-parented to init, after a killed `generate` or `serve`.
      const b = await launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: [...ARGS, `--user-data-dir=${dir}`], protocolTimeout: 30_000 });
      b.on('disconnected', () => {
        // Crashed or closed: the next page launches a fresh browser (pools forget their pages).
        if (this.browser && this.current === b) this.browser = null;
        removeProfile(dir);
      });
      this.current = b;
      return b;
    } catch (e) {
      removeProfile(dir);
      throw new VeriforgeError(`cannot start Chromium at ${CHROMIUM} (${(e as Error).message.split('\n')[0]}); run npm run setup or set VERIFORGE_CHROMIUM`);
    }
  }

}

const chromium = new SharedChromium();

/**
 * N reusable pages of the shared Chromium. A job that fails because its page crashed, closed or hung loses the
 * page, which is closed and replaced on demand; a dead browser is relaunched on the next job. Callers
 * never see a broken page twice.
 */
export class PagePool {
  /** The browser this pool's pages belong to; when it disconnects they are all gone. */
  private browser: Browser | null = null;
  private readonly idle: Page[] = [];
  private readonly waiters: ((p: Page | null) => void)[] = [];
  private live = 0;
  private closed = false;
  /** Pages replaced after a crash or time-out, for tests and logs. */
  replaced = 0;

  constructor(private readonly opts: PoolOptions) {}

  private async newPage(): Promise<Page> {
    const browser = await chromium.get(this);
    if (browser !== this.browser) {
      this.browser = browser;
      browser.once('disconnected', () => {
        if (this.browser !== browser) return;
        // Crashed or closed: forget its pages; the next job gets a fresh browser.
        this.browser = null;
        this.idle.length = 0;
        this.live = 0;
      });
    }
    // One browser context per page: its own renderer process and storage, and no screenshot lock
    // shared with the other pages (puppeteer serialises screenshots per context).
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await this.opts.setup(page);
    } catch (e) {
      await context.close().catch(() => {});
      throw e;
    }
    return page;
  }

  private async acquire(): Promise<Page> {
    for (;;) {
      if (this.closed) throw new VeriforgeError('the browser page pool is closed');
      const p = this.idle.pop();
      if (p && !p.isClosed()) return p;
      if (p) {
        this.live = Math.max(0, this.live - 1);
        continue;
      }
      if (this.live < this.opts.size) {
        this.live++;
        try {
          return await this.newPage();
        } catch (e) {
          this.live--;
          throw e;
        }
      }
      const got = await new Promise<Page | null>((resolve) => this.waiters.push(resolve));
      if (got) return got;
    }
  }

  private release(page: Page, healthy: boolean): void {
    if (this.closed) {
      // The pool closed while this job ran; the shared browser may live on for other pools.
      void page.browserContext().close().catch(() => {});
      return;
    }
    if (!healthy || page.isClosed()) {
      // After a browser crash `live` was reset already; never let it go below zero.
      this.live = Math.max(0, this.live - 1);
      this.replaced++;
      // Closing a hung page can itself hang: do not wait for it.
      void page.browserContext().close().catch(() => {});
      this.waiters.shift()?.(null);
      return;
    }
    const w = this.waiters.shift();
    if (w) w(page);
    else this.idle.push(page);
  }

  /** Runs `job` on a pooled page with a time limit; the page is replaced when the job broke it. */
  async run<T>(job: (page: Page) => Promise<T>, timeoutMs = 15_000): Promise<T> {
    const page = await this.acquire();
    let timer: NodeJS.Timeout | undefined;
    let healthy = true;
    try {
      return await Promise.race([
        job(page),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new JobTimeout(`browser job took more than ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (e) {
      // A page error thrown by the chart library leaves the page usable; crashes and time-outs do not.
      const msg = (e as Error)?.message ?? '';
      if (e instanceof JobTimeout || page.isClosed() || /Target closed|Session closed|crash|detached|Protocol error/i.test(msg)) healthy = false;
      throw e;
    } finally {
      clearTimeout(timer);
      this.release(page, healthy);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w(null);
    const pages = this.idle.splice(0);
    this.browser = null;
    this.live = 0;
    await Promise.all(pages.map((p) => p.browserContext().close().catch(() => {})));
    await chromium.release(this);
  }
}
