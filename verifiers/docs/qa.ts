import { boxIou, parseRegionAnswer } from '../parse/region-answer.js';
import type { VerifierDefinition } from '../registry.js';

type Box = [number, number, number, number];

interface DocQaTruth {
  answer: string;
  type: 'text' | 'number';
  width: number;
  height: number;
  evidence: string[];
  region?: Box;
}

const isBox = (b: unknown): b is Box => Array.isArray(b) && b.length === 4 && b.every((v) => typeof v === 'number' && Number.isFinite(v)) && b[0] < b[2] && b[1] < b[3];

function checkTruth(t: unknown): string | undefined {
  const x = t as DocQaTruth;
  if (!x || typeof x !== 'object' || typeof x.answer !== 'string') return 'truth needs an answer';
  if (x.type !== 'text' && x.type !== 'number') return 'type must be text or number';
  if (!isBox(x.region)) return 'truth has no region: it is filled when the page is rendered (use a dataset record, or ground the instance)';
  return undefined;
}

/** Text compares without case, punctuation or spacing ("INV-2041" = "inv 2041"). */
const normText = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}@]+/gu, ' ').trim();

/** The one number in an answer ("$1,234.50", "1234.5 EUR"); null when there is none or several. */
function oneNumber(s: string): number | null {
  const found = s.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/-?\d+(?:\.\d+)?/g);
  return found && found.length === 1 ? Number(found[0]) : null;
}

/**
 * The answer must be right (text normalised, or a number within half a cent) and the predicted
 * region must overlap the evidence region with IoU ≥ 0.5: the right text with the wrong region is
 * wrong. parts: `answer`, `iou`, `shape` (a JSON object with both an answer and one box), beside the
 * shared `format` part (an explicit answer tag); partial = 0.6 answer + 0.3 iou + 0.1 shape.
 */
export const docQaVerifier: VerifierDefinition<DocQaTruth> = {
  name: 'doc-qa',
  describe: 'document QA: the right value and the supporting region (IoU ≥ 0.5 with the evidence)',
  tasks: ['doc-qa'],
  checkTruth,
  judge(answer, t) {
    const got = parseRegionAnswer(answer);
    if (typeof got === 'string') return { correct: false, reason: got, parts: { answer: 0, iou: 0, shape: 0 } };
    const value = got.value ?? '';
    let right: boolean;
    if (t.type === 'number') {
      const n = oneNumber(value);
      const want = oneNumber(t.answer);
      right = n !== null && want !== null && Math.abs(n - want) <= 0.005;
    } else right = normText(value) !== '' && normText(value) === normText(t.answer);
    const iou = got.box ? boxIou(got.box, t.region!) : 0;
    const shape = got.value !== undefined && got.box ? 1 : 0;
    const parts = { answer: right ? 1 : 0, iou, shape };
    const ok = right && iou >= 0.5;
    const reason = ok
      ? 'right answer and region'
      : !right
        ? `"${value.slice(0, 60)}" is not the answer`
        : got.box
          ? `right answer, but the region has IoU ${iou.toFixed(2)} with the evidence (0.5 needed)`
          : 'right answer, but no region given';
    return { correct: ok, reason, parts, partial: 0.6 * parts.answer + 0.3 * iou + 0.1 * shape, parsed: got };
  },
};
