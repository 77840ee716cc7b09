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
  '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding'];

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
 * One Chromium, N reusable pages. A job that fails because its page crashed, closed or hung loses the
 * page, which is closed and replaced on demand; a dead browser is relaunched on the next job. Callers
 * never see a broken page twice.
 */
export class PagePool {
  private browser: Promise<Browser> | null = null;
  private userDir: string | null = null;
  private readonly idle: Page[] = [];
  private readonly waiters: ((p: Page | null) => void)[] = [];
  private live = 0;
  private closed = false;
  /** Pages replaced after a crash or time-out, for tests and logs. */
  replaced = 0;

  constructor(private readonly opts: PoolOptions) {}

  private async launch(): Promise<Browser> {
    const { launch } = await import('puppeteer-core');
    const dir = mkdtempSync(join(tmpdir(), 'veriforge-chromium-'));
    this.userDir = dir;
    try {
      // pipe: DevTools over the process's stdio pipes instead of a port. Chromium exits when the pipe
      // closes, which the kernel does when this process dies however it dies (SIGKILL included): no
      // browser is left running, re-parented to init, after a killed `generate` or `serve`.
      const b = await launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: [...ARGS, `--user-data-dir=${dir}`], protocolTimeout: 30_000 });
      b.on('disconnected', () => {
        // Crashed or closed: forget its pages; the next job launches a fresh browser.
        this.browser = null;
        this.idle.length = 0;
        this.live = 0;
        removeProfile(dir);
      });
      return b;
    } catch (e) {
      throw new VeriforgeError(`cannot start Chromium at ${CHROMIUM} (${(e as Error).message.split('\n')[0]}); run npm run setup or set VERIFORGE_CHROMIUM`);
    }
  }

  private async newPage(): Promise<Page> {
    if (!this.browser) this.browser = this.launch();
    let browser: Browser;
    try {
      browser = await this.browser;
    } catch (e) {
      this.browser = null;
      throw e;
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
    const b = this.browser;
    this.browser = null;
    this.idle.length = 0;
    this.live = 0;
    if (b) {
      const browser = await b.catch(() => null);
      await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
    }
    if (this.userDir) removeProfile(this.userDir);
    this.userDir = null;
  }
}
