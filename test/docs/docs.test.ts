import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { Rng } from '../../core/rng.js';
import { grounded, scenesOf } from '../../core/task.js';
import { formDoc } from '../../generators/docs/form.js';
import { invoiceDoc } from '../../generators/docs/invoice.js';
import { docQa, type DocQaTruth } from '../../generators/docs/doc-qa.js';
import { receiptDoc } from '../../generators/docs/receipt.js';
import { reportDoc } from '../../generators/docs/report.js';
import { closeHtmlPool, probeHtml } from '../../renderers/browser/html.js';
import { render } from '../../renderers/index.js';
import { verify } from '../../verifiers/index.js';

afterAll(() => closeHtmlPool());

const BUILDERS = { invoice: invoiceDoc, receipt: receiptDoc, form: formDoc, report: reportDoc };
const ask = (truth: DocQaTruth, answer: string) => verify('doc-qa', `<answer>${answer}</answer>`, JSON.parse(JSON.stringify(truth)));

async function item(i: number, params: Record<string, unknown> = {}) {
  const inst = docQa.generate(new Rng(`doc-test-${i}`), resolveParams(docQa.params, params, 'params'));
  const img = await render(scenesOf(inst)[0]);
  return { inst: grounded(docQa, inst, [img.boxes]), img };
}

/** The printed text of a data-id element, read back from the markup. */
const printed = (html: string, id: string) => {
  const m = new RegExp(`data-id="${id}"[^>]*>([^<]*)<`).exec(html);
  return m ? m[1].replace(/&amp;/g, '&') : null;
};
const num = (s: string) => Number(s.replace(/[^0-9.-]/g, ''));

describe('doc-qa documents', () => {
  it('every question of 40 documents is backed by its printed evidence: extracted values read back, computed ones recomputed', async () => {
    for (const [kind, build] of Object.entries(BUILDERS)) {
      for (let k = 0; k < 10; k++) {
        const doc = build(new Rng(`docs-${kind}-${k}`));
        const ids = [...new Set(doc.questions.flatMap((q) => q.evidence))];
        const probe = await probeHtml({ kind: 'html', width: doc.width, height: doc.height, css: doc.css, html: doc.html }, ids);
        for (const id of ids) expect(probe[id], `${kind} #${k}: ${id}`).toEqual({ visible: true, uncovered: true });
        for (const q of doc.questions) {
          const texts = q.evidence.map((id) => printed(doc.html, id));
          if (q.kind === 'extract') {
            expect(texts.length).toBe(1);
            if (q.type === 'number') expect(num(texts[0]!), q.ask).toBeCloseTo(num(q.answer), 2);
            else expect(texts[0], q.ask).toBe(q.answer);
          } else if (/largest/.test(q.ask)) {
            // The named row is the first evidence; its value(s) beat every other row's.
            expect(texts[0], q.ask).toBe(q.answer);
            const prefix = q.evidence[1].replace(/:\d+(:\d+)?$/, '');
            const rows = new Map<string, number>();
            for (const m of doc.html.matchAll(new RegExp(`data-id="(${prefix}:\\d+)(?::\\d+)?"[^>]*>([^<]*)<`, 'g'))) rows.set(m[1], (rows.get(m[1]) ?? 0) + num(m[2]));
            const mine = texts.slice(1).reduce((a, t) => a + num(t!), 0);
            expect(Math.max(...rows.values()), q.ask).toBeCloseTo(mine, 2);
          } else if (/combined|together|total over/.test(q.ask)) {
            expect(texts.reduce((a, t) => a + num(t!), 0), q.ask).toBeCloseTo(num(q.answer), 2);
          } else if (/change from/.test(q.ask)) {
            expect(num(texts[1]!) - num(texts[0]!), q.ask).toBe(num(q.answer));
          } else if (/How many line items/.test(q.ask)) {
            expect(q.evidence.length).toBe(num(q.answer));
          } else if (/ticked/.test(q.ask)) {
            expect((doc.html.match(/class="cb">✓/g) ?? []).length).toBe(num(q.answer));
          }
        }
      }
    }
  });

  it('cuts each page to its content: the image is the full-height page minus blank paper, no shorter than half a letter, and the truth and question give its size', async () => {
    const sharp = (await import('sharp')).default;
    const rgba = async (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    for (const doc of ['invoice', 'receipt', 'form', 'report']) {
      for (let k = 0; k < 2; k++) {
        const inst = docQa.generate(new Rng(`doc-fit-${doc}-${k}`), resolveParams(docQa.params, { doc }, 'params'));
        const scene = scenesOf(inst)[0];
        const [fit, full] = await Promise.all([render(scene), render({ ...scene, fitHeight: false })]);
        const done = grounded(docQa, inst, [fit.boxes]);
        expect([done.truth.width, done.truth.height], doc).toEqual([fit.width, fit.height]);
        expect(done.question).toContain(`in pixels of this ${fit.width}×${fit.height} image`);
        expect(fit.height, doc).toBeGreaterThanOrEqual(Math.round((fit.width * 5.5) / 8.5));
        expect(fit.height, doc).toBeLessThan(full.height);
        // Same boxes as on the full page; the cut part is the full page's top, pixel for pixel.
        expect(fit.boxes).toEqual(Object.fromEntries(Object.entries(full.boxes).map(([id, b]) => [id, id === 'page' ? [0, 0, fit.width, fit.height] : b])));
        const [a, b] = [await rgba(fit.bytes), await rgba(full.bytes)];
        const row = fit.width * 4;
        expect(Buffer.compare(a.data, b.data.subarray(0, row * fit.height)), `${doc} #${k}: top of the page`).toBe(0);
        // Below the cut there is only blank paper: every pixel equals the first one below it.
        const below = b.data.subarray(row * fit.height);
        expect(Buffer.compare(below, Buffer.alloc(below.length, below.subarray(0, 4))), `${doc} #${k}: drawn below the cut`).toBe(0);
      }
    }
  });

  it('renders byte-identically and grounds the region on the laid-out evidence', async () => {
    const a = await item(1);
    const b = await item(1);
    expect(Buffer.compare(a.img.bytes, b.img.bytes)).toBe(0);
    for (const id of a.inst.truth.evidence) {
      const box = a.img.boxes[id];
      const r = a.inst.truth.region!;
      expect(box[0] >= r[0] && box[1] >= r[1] && box[2] <= r[2] && box[3] <= r[3]).toBe(true);
    }
  });
});

describe('doc-qa verifier', () => {
  it('needs the right answer and the right region: right text in the wrong place, or wrong text in the right place, is wrong', async () => {
    for (let i = 0; i < 24; i++) {
      const { inst } = await item(i);
      const t = inst.truth;
      const r = t.region!;
      expect(ask(t, inst.answer).score, inst.answer).toBe(1);
      // Same answer, region moved down by three of its heights (or up, near the bottom).
      const h = (r[3] - r[1]) * 3 + 10;
      const dy = r[3] + h < t.height ? h : -h;
      const moved = ask(t, JSON.stringify({ answer: t.answer, bbox: [r[0], r[1] + dy, r[2], r[3] + dy] }));
      expect(moved.score).toBe(0);
      expect(moved.parts).toMatchObject({ answer: 1, shape: 1 });
      const wrong = t.type === 'number' ? String(num(t.answer) + 1) : `${t.answer} x`;
      expect(ask(t, JSON.stringify({ answer: wrong, bbox: r })).score).toBe(0);
      expect(ask(t, JSON.stringify({ answer: t.answer })).score).toBe(0);
    }
  });

  it('reads money and text loosely but refuses several numbers', async () => {
    const { inst } = await item(2, { doc: 'invoice' });
    const t = { ...inst.truth, answer: '1,234.50', type: 'number' as const };
    const r = t.region!;
    expect(ask(t, JSON.stringify({ answer: '$1,234.50', bbox: r })).score).toBe(1);
    expect(ask(t, JSON.stringify({ answer: '1234.5 USD', bbox: r })).score).toBe(1);
    expect(ask(t, JSON.stringify({ answer: '1234.50 or 1300', bbox: r })).score).toBe(0);
    const s = { ...inst.truth, answer: 'INV-2041', type: 'text' as const };
    expect(ask(s, JSON.stringify({ answer: 'inv 2041', bbox: r })).score).toBe(1);
    expect(ask(s, `{"answer": "INV-2041", "bbox": [${r.join(', ')}], "box": [${r.join(', ')}]}`).score).toBe(0);
    expect(verify('doc-qa', '<answer>{"answer": "x", "bbox": [1, 1, 2, 2]}</answer>', { ...t, region: undefined }).reason).toMatch(/no region/);
  });
});
