import type { Rng } from '../../core/rng.js';
import type { Box } from '../../core/scene.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import type { Doc } from './common.js';
import { formDoc } from './form.js';
import { invoiceDoc } from './invoice.js';
import { receiptDoc } from './receipt.js';
import { reportDoc } from './report.js';

/**
 * Document QA with regions of interest (as DocThinker): a seeded invoice, receipt, form or
 * two-column report laid out by Chromium; an extractive or computed question whose answer comes
 * with the box of the page region that supports it. The region is the union of the laid-out boxes
 * of the evidence texts (`ground`).
 */

const DOCS = { invoice: invoiceDoc, receipt: receiptDoc, form: formDoc, report: reportDoc } as const;

/**
 * Pages are cut to their laid-out content (the renderer's `fitHeight`; `Doc.height` is the most a
 * page may need), so no blank paper is drawn or captured, but never shorter than a half-letter
 * (statement) sheet of the same width: 816 px wide → at least 528 px. The outer block `page` spans
 * the page, so its laid-out box is the image's size.
 */
const pageHtml = (doc: Doc) => `<div data-id="page" style="display:flow-root;min-height:${Math.round((doc.width * 5.5) / 8.5)}px">${doc.html}</div>`;
const sizeText = (width: number, height: number) => `in pixels of this ${width}×${height} image`;
type DocKind = keyof typeof DOCS;

export interface DocQaParams {
  doc: DocKind | 'mixed';
  kind: 'extract' | 'compute' | 'mixed';
}

export interface DocQaTruth {
  answer: string;
  type: 'text' | 'number';
  /** Image size: the height is the laid-out page's (filled by `ground`; before, the most it may be). */
  width: number;
  height: number;
  evidence: string[];
  /** Union box of the evidence texts, from the rendered layout (filled by `ground`). */
  region?: Box;
}

function generate(rng: Rng, p: DocQaParams): Instance<DocQaTruth> {
  const kind: DocKind = p.doc === 'mixed' ? rng.fork('doc').pick(Object.keys(DOCS) as DocKind[]) : p.doc;
  const doc: Doc = DOCS[kind](rng.fork('build'));
  const pool = doc.questions.filter((q) => p.kind === 'mixed' || q.kind === p.kind);
  const q = rng.fork('question').pick(pool.length ? pool : doc.questions);
  // The page's height (here its most) and the answer are completed by ground() once the page is laid out.
  const format = `Answer with the value as printed on the page (a plain number is fine for amounts) and the bounding box of the page region that supports it, ${sizeText(doc.width, doc.height)}, as JSON of the form {"answer": "…", "bbox": [x1, y1, x2, y2]} inside <answer></answer>.`;
  return {
    question: `The image shows ${kind === 'report' ? 'a report page' : kind === 'invoice' ? 'an invoice' : `a ${kind}`}. ${q.ask} ${format}`,
    scene: { kind: 'html', width: doc.width, height: doc.height, css: doc.css, html: pageHtml(doc), fitHeight: true },
    answer: q.answer,
    truth: { answer: q.answer, type: q.type, width: doc.width, height: doc.height, evidence: q.evidence },
    evidence: q.evidence,
    features: { doc: Object.keys(DOCS).indexOf(kind), compute: q.kind === 'compute' ? 1 : 0, evidenceItems: q.evidence.length, number: q.type === 'number' ? 1 : 0, questions: doc.questions.length },
    canonical: `doc-qa:${kind}:${doc.html}:${q.ask}`,
  };
}

/** The laid-out page size completes the truth and the question; the evidence boxes give the region. */
function ground(inst: Instance<DocQaTruth>, boxes: Record<string, Box>[]): Instance<DocQaTruth> {
  const page = boxes[0]?.page;
  if (!page) throw new Error('doc-qa: the page was not laid out');
  const [width, height] = [page[2], page[3]];
  const found = inst.truth.evidence.map((id) => boxes[0][id]);
  if (found.some((b) => !b)) throw new Error(`doc-qa: evidence ${inst.truth.evidence[found.findIndex((b) => !b)]} was not laid out`);
  const region: Box = [Math.min(...found.map((b) => b![0])), Math.min(...found.map((b) => b![1])), Math.max(...found.map((b) => b![2])), Math.max(...found.map((b) => b![3]))];
  const question = inst.question.replace(sizeText(inst.truth.width, inst.truth.height), sizeText(width, height));
  return { ...inst, question, truth: { ...inst.truth, width, height, region }, answer: JSON.stringify({ answer: inst.truth.answer, bbox: region }) };
}

export const docQa: TaskDefinition<DocQaParams, DocQaTruth> = {
  name: 'doc-qa',
  domain: 'document',
  describe: 'Invoices, receipts, forms and two-column reports: extractive and computed questions answered with the supporting page region (answer, RoI IoU, format)',
  params: {
    doc: { type: 'enum', values: ['mixed', 'invoice', 'receipt', 'form', 'report'], default: 'mixed', describe: 'kind of document' },
    kind: { type: 'enum', values: ['mixed', 'extract', 'compute'], default: 'mixed', describe: 'read one field, or compute over several' },
  },
  levels: {
    1: { doc: 'receipt', kind: 'extract' },
    2: { doc: 'mixed', kind: 'extract' },
    3: { doc: 'mixed', kind: 'mixed' },
    4: { doc: 'report', kind: 'mixed' },
    5: { doc: 'mixed', kind: 'compute' },
  },
  generate,
  ground,
  verifier: 'doc-qa',
};
