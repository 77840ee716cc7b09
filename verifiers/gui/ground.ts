import type { VerifierDefinition } from '../registry.js';
import { boxIou, parseRegionAnswer } from '../parse/region-answer.js';

type Box = [number, number, number, number];

interface GuiGroundTruth {
  instruction: string;
  target: string;
  action: 'click' | 'type';
  text?: string;
  mode: 'point' | 'box';
  width: number;
  height: number;
  box?: Box;
}

const isBox = (b: unknown): b is Box => Array.isArray(b) && b.length === 4 && b.every((v) => typeof v === 'number' && Number.isFinite(v)) && b[0] < b[2] && b[1] < b[3];

function checkTruth(t: unknown): string | undefined {
  const x = t as GuiGroundTruth;
  if (!x || typeof x !== 'object' || typeof x.target !== 'string') return 'truth needs a target';
  if (x.action !== 'click' && x.action !== 'type') return 'action must be click or type';
  if (x.mode !== 'point' && x.mode !== 'box') return 'mode must be point or box';
  if (!isBox(x.box)) return 'truth has no target box: it is filled when the screen is rendered (use a dataset record, or ground the instance)';
  return undefined;
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
/** Synonyms models use for the two actions. */
const ACTIONS: Record<string, 'click' | 'type'> = { click: 'click', tap: 'click', press: 'click', select: 'click', type: 'type', input: 'type', enter: 'type', write: 'type' };

/**
 * Point mode: the point must fall inside the target's laid-out box. Box mode: IoU with the
 * target's box ≥ 0.5. In both the action must match, and for typing the text too.
 * parts: `point` (the point, or the predicted box's centre, is inside the target), `iou` (box
 * answers), `action`, `text` (type actions); partial = their mean.
 */
export const guiGroundVerifier: VerifierDefinition<GuiGroundTruth> = {
  name: 'gui-ground',
  describe: 'GUI grounding: the click point inside the target element (or box IoU ≥ 0.5), the right action and typed text',
  tasks: ['gui-ground'],
  checkTruth,
  judge(answer, t) {
    const got = parseRegionAnswer(answer);
    if (typeof got === 'string') return { correct: false, reason: got, parts: { point: 0, action: 0 } as Record<string, number> };
    const box = t.box!;
    const action = got.action ? ACTIONS[norm(got.action)] : undefined;
    const parts: Record<string, number> = { action: action === t.action ? 1 : 0 };
    let where: [number, number];
    if (got.box) {
      where = [(got.box[0] + got.box[2]) / 2, (got.box[1] + got.box[3]) / 2];
      parts.iou = boxIou(got.box, box);
    } else if (got.point) {
      where = got.point;
      if (t.mode === 'box') parts.iou = 0;
    } else return { correct: false, reason: 'no point or box found', parts: { point: 0, ...parts } as Record<string, number> };
    const [x, y] = where;
    if (x < 0 || y < 0 || x > t.width || y > t.height) return { correct: false, reason: `(${x}, ${y}) lies outside the ${t.width}×${t.height} screenshot`, parts: { point: 0, ...parts } as Record<string, number> };
    parts.point = x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] ? 1 : 0;
    if (t.action === 'type') parts.text = got.text !== undefined && norm(got.text) === norm(t.text ?? '') ? 1 : 0;
    const placed = t.mode === 'box' ? parts.iou >= 0.5 : parts.point === 1;
    const ok = placed && parts.action === 1 && (parts.text ?? 1) === 1;
    const values = Object.values(parts);
    const partial = values.reduce((a, b) => a + b, 0) / values.length;
    const reason = ok
      ? `${t.action} on the target`
      : !placed
        ? t.mode === 'box'
          ? `box IoU ${parts.iou.toFixed(2)} with the target (0.5 needed)`
          : `(${Math.round(x)}, ${Math.round(y)}) is outside the target [${box.join(', ')}]`
        : parts.action !== 1
          ? `action ${got.action ?? '(none)'}; expected ${t.action}`
          : `typed text ${JSON.stringify(got.text ?? '')}; expected ${JSON.stringify(t.text)}`;
    return { correct: ok, reason, parts, partial, parsed: got };
  },
};
