import type { Rng } from '../../core/rng.js';
import type { Box } from '../../core/scene.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { formScreen } from './form.js';
import { mailScreen } from './mail.js';
import { settingsScreen } from './settings.js';
import { shopScreen } from './shop.js';
import { baseCss, pickLook, type Look, type Screen } from './ui.js';

/**
 * GUI grounding (as InfiGUI-R1, UI-TARS): a synthetic screen built from a seeded component tree,
 * an instruction whose target is one element, and an answer that is a point or a box (with the
 * action). The target's box comes from Chromium's layout of the rendered screen (`ground`).
 */

const SCREENS = { settings: settingsScreen, mail: mailScreen, shop: shopScreen, form: formScreen } as const;
type ScreenKind = keyof typeof SCREENS;

export interface GuiGroundParams {
  screen: ScreenKind | 'mixed';
  device: 'mobile' | 'desktop' | 'mixed';
  theme: 'light' | 'dark' | 'mixed';
  answer: 'point' | 'box' | 'mixed';
}

export interface GuiGroundTruth {
  instruction: string;
  target: string;
  action: 'click' | 'type';
  /** Text to type, for type actions. */
  text?: string;
  mode: 'point' | 'box';
  width: number;
  height: number;
  /** Pixel box of the target, from the rendered layout (filled by `ground`). */
  box?: Box;
}

function generate(rng: Rng, p: GuiGroundParams): Instance<GuiGroundTruth> {
  const look: Look = pickLook(rng.fork('look'), p.device, p.theme);
  const kind: ScreenKind = p.screen === 'mixed' ? rng.fork('screen').pick(Object.keys(SCREENS) as ScreenKind[]) : p.screen;
  const screen: Screen = SCREENS[kind](rng.fork('build'), look);
  const target = rng.fork('target').pick(screen.targets);
  const mode = p.answer === 'mixed' ? (rng.fork('mode').chance(0.5) ? 'point' : 'box') : p.answer;
  // The shape only, with letters for numbers: an echoed question must never hold a right answer.
  const example = mode === 'point' ? '{"action": "click", "point": [x, y]}' : '{"action": "click", "box": [x1, y1, x2, y2]}';
  const what = mode === 'point' ? 'the point to act on, as [x, y]' : "the target element's bounding box, as [x1, y1, x2, y2]";
  const typing = target.action === 'type' ? ` For typing, add the text as "text".` : '';
  const ask = `Instruction: ${target.instruction}. Which element must be used, and how? Give the action ("click" or "type") and ${what} in pixels of this ${look.width}×${look.height} screenshot, as JSON of the form ${example} inside <answer></answer>.${typing}`;
  const sentence = target.instruction[0].toUpperCase() + target.instruction.slice(1);
  return {
    question: `The image is a screenshot of a ${look.device === 'mobile' ? 'phone app' : 'desktop application'}. ${ask}`,
    scene: { kind: 'html', width: look.width, height: look.height, css: baseCss(look) + screen.css, html: screen.html },
    // Completed by ground() once the screen is laid out.
    answer: `${target.action} the element "${sentence}" points at`,
    truth: { instruction: target.instruction, target: target.id, action: target.action, ...(target.text ? { text: target.text } : {}), mode, width: look.width, height: look.height },
    evidence: [target.id],
    features: { mobile: look.device === 'mobile' ? 1 : 0, dark: look.dark ? 1 : 0, controls: screen.controls, targets: screen.targets.length, box: mode === 'box' ? 1 : 0, type: target.action === 'type' ? 1 : 0, screen: Object.keys(SCREENS).indexOf(kind) },
    canonical: `gui-ground:${kind}:${screen.html}:${target.id}:${mode}`,
  };
}

/** The target's rendered box completes the truth; the answer is its centre point or its box. */
function ground(inst: Instance<GuiGroundTruth>, boxes: Record<string, Box>[]): Instance<GuiGroundTruth> {
  const box = boxes[0]?.[inst.truth.target];
  if (!box) throw new Error(`gui-ground: target ${inst.truth.target} was not laid out`);
  const t = { ...inst.truth, box };
  const where = t.mode === 'point' ? `"point": [${Math.round((box[0] + box[2]) / 2)}, ${Math.round((box[1] + box[3]) / 2)}]` : `"box": [${box.join(', ')}]`;
  return { ...inst, truth: t, answer: `{"action": "${t.action}", ${where}${t.text ? `, "text": ${JSON.stringify(t.text)}` : ''}}` };
}

export const guiGround: TaskDefinition<GuiGroundParams, GuiGroundTruth> = {
  name: 'gui-ground',
  domain: 'gui',
  describe: 'Synthetic app screens (settings, mail, shop, forms; phone or desktop; light or dark): find the element an instruction refers to, as a point or box with the action',
  params: {
    screen: { type: 'enum', values: ['mixed', 'settings', 'mail', 'shop', 'form'], default: 'mixed', describe: 'kind of screen' },
    device: { type: 'enum', values: ['mixed', 'mobile', 'desktop'], default: 'mixed', describe: 'phone or desktop layout and size' },
    theme: { type: 'enum', values: ['mixed', 'light', 'dark'], default: 'mixed', describe: 'colour theme' },
    answer: { type: 'enum', values: ['mixed', 'point', 'box'], default: 'mixed', describe: 'answer with a point or a bounding box' },
  },
  levels: {
    1: { device: 'mobile', answer: 'point', screen: 'settings' },
    2: { device: 'mobile', answer: 'point' },
    3: { answer: 'point' },
    4: { answer: 'mixed' },
    5: { answer: 'box', device: 'desktop' },
  },
  generate,
  ground,
  verifier: 'gui-ground',
};
