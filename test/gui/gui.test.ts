import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { Rng } from '../../core/rng.js';
import { grounded, scenesOf } from '../../core/task.js';
import { formScreen } from '../../generators/gui/form.js';
import { guiGround, type GuiGroundTruth } from '../../generators/gui/gui-ground.js';
import { mailScreen } from '../../generators/gui/mail.js';
import { settingsScreen } from '../../generators/gui/settings.js';
import { shopScreen } from '../../generators/gui/shop.js';
import { baseCss, pickLook } from '../../generators/gui/ui.js';
import { closeHtmlPool, probeHtml, type HtmlScene } from '../../renderers/browser/html.js';
import { render } from '../../renderers/index.js';
import { verify } from '../../verifiers/index.js';

afterAll(() => closeHtmlPool());

const BUILDERS = { settings: settingsScreen, mail: mailScreen, shop: shopScreen, form: formScreen };

async function item(i: number, params: Record<string, unknown> = {}) {
  const inst = guiGround.generate(new Rng(`gui-test-${i}`), resolveParams(guiGround.params, params, 'params'));
  const img = await render(scenesOf(inst)[0]);
  return { inst: grounded(guiGround, inst, [img.boxes]), img };
}
const ask = (truth: GuiGroundTruth, answer: string) => verify('gui-ground', `<answer>${answer}</answer>`, JSON.parse(JSON.stringify(truth)));

describe('gui-ground screens', () => {
  it('every target of 48 screens (4 kinds × phone/desktop × light/dark × 3) is visible, uncovered (elementFromPoint) and unique by its instruction', async () => {
    let n = 0;
    for (const [kind, build] of Object.entries(BUILDERS)) {
      for (const device of ['mobile', 'desktop'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          for (let k = 0; k < 3; k++) {
            const rng = new Rng(`screens-${kind}-${device}-${theme}-${k}`);
            const look = pickLook(rng.fork('look'), device, theme);
            const screen = build(rng.fork('build'), look);
            const scene: HtmlScene = { kind: 'html', width: look.width, height: look.height, css: baseCss(look) + screen.css, html: screen.html };
            const ids = [...new Set(screen.targets.map((t) => t.id))];
            const probe = await probeHtml(scene, ids);
            for (const id of ids) expect(probe[id], `${kind} ${device} ${theme} #${k}: ${id}`).toEqual({ visible: true, uncovered: true });
            // One instruction never names two different elements.
            const byText = new Map<string, string>();
            for (const t of screen.targets) {
              expect(byText.get(t.instruction) ?? t.id, `"${t.instruction}"`).toBe(t.id);
              byText.set(t.instruction, t.id);
            }
            n += ids.length;
          }
        }
      }
    }
    expect(n).toBeGreaterThan(400);
  });

  it('renders byte-identically and grounds the answer on the laid-out box', async () => {
    const a = await item(3);
    const b = await item(3);
    expect(Buffer.compare(a.img.bytes, b.img.bytes)).toBe(0);
    expect(a.inst.truth.box).toEqual(a.img.boxes[a.inst.truth.target]);
    expect(a.inst.answer).toBe(b.inst.answer);
  });
});

describe('gui-ground verifier', () => {
  it('accepts the target and rejects clicks outside it, wrong actions, wrong text and loose boxes', async () => {
    for (let i = 0; i < 24; i++) {
      const { inst } = await item(i, { answer: i % 2 ? 'box' : 'point' });
      const t = inst.truth;
      const [x1, y1, x2, y2] = t.box!;
      expect(ask(t, inst.answer).score, inst.answer).toBe(1);
      const text = t.text ? `, "text": ${JSON.stringify(t.text)}` : '';
      // Just outside the box (left or right, whichever lies on the screen).
      const ox = x1 >= 4 ? x1 - 3 : x2 + 3;
      const out = t.mode === 'point' ? `{"action": "${t.action}", "point": [${ox}, ${(y1 + y2) / 2}]${text}}` : `{"action": "${t.action}", "box": [${x1 + (x2 - x1) * 0.7}, ${y1}, ${x2 + (x2 - x1)}, ${y2}]${text}}`;
      const v = ask(t, out);
      expect(v.score, `${t.instruction}: ${out}`).toBe(0);
      const wrongAction = inst.answer.replace(`"${t.action}"`, t.action === 'click' ? '"type"' : '"click"');
      expect(ask(t, wrongAction).score).toBe(0);
      if (t.text) expect(ask(t, inst.answer.replace(JSON.stringify(t.text), '"something else"')).score).toBe(0);
      // Two guesses at once are refused.
      expect(ask(t, `{"action": "${t.action}", "point": [${x1 + 1}, ${y1 + 1}], "bbox": [${x1}, ${y1}, ${x2}, ${y2}]${text}}`).score).toBe(0);
    }
  });

  it('reads plain-text answers and reports parts', async () => {
    const { inst } = await item(5, { answer: 'point', screen: 'settings' });
    const t = inst.truth;
    const [x1, y1, x2, y2] = t.box!;
    const cx = Math.round((x1 + x2) / 2);
    const cy = Math.round((y1 + y2) / 2);
    const typed = t.text ? ` "${t.text}"` : '';
    expect(ask(t, `${t.action}(${cx}, ${cy})${typed}`).score).toBe(1);
    const far = ask(t, `{"action": "${t.action}", "point": [${t.width - 1}, ${t.height - 1}]${t.text ? `, "text": "${t.text}"` : ''}}`);
    expect(far.parts).toMatchObject({ point: 0, action: 1 });
    expect(ask(t, `{"action": "click", "point": [${t.width + 50}, 10]}`).reason).toMatch(/outside the/);
    expect(verify('gui-ground', '<answer>{"action": "click", "point": [1, 1]}</answer>', { ...t, box: undefined }).reason).toMatch(/no target box/);
  });
});
