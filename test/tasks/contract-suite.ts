// Every registered task, at every level, honours the task contract. New tasks are covered by
// registering them: nothing here names a task. The tasks are split over two test files
// (contract-a/-b.test.ts, alternate tasks) so that the suite's two workers share the longest file.
import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../core/canonical.js';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { grounded, LEVELS, scenesOf, type TaskDefinition } from '../../core/task.js';
import { tasks } from '../../generators/index.js';
import { evidenceBox } from '../../datasets/part.js';
import { layout, render } from '../../renderers/index.js';
import { verifierForTask, verify } from '../../verifiers/index.js';

/** Items per level that must verify their own ground truth (the issues ask for 100). */
const PER_LEVEL = Number(process.env.VERIFORGE_CONTRACT_ITEMS ?? 100);

function make(def: TaskDefinition, level: (typeof LEVELS)[number], i: number) {
  const params = resolveParams(def.params, {}, 'params', def.levels[level]);
  return def.generate(new Rng(deriveSeed('contract', def.name, level * 1_000_000 + i)), params);
}

/**
 * Tasks whose answer is a place on the picture (GUI targets, document regions) are laid out and
 * grounded first; the boxes are the render's own (the render test below checks the pixels).
 */
async function ready(def: TaskDefinition, inst: ReturnType<typeof make>) {
  if (!def.ground) return inst;
  return grounded(def, inst, await Promise.all(scenesOf(inst).map((s) => layout(s))));
}

/** The contract suite for every other registered task, starting at `first` (0 or 1). */
export function contractSuite(first: 0 | 1): void {
  describe.each(tasks.names().filter((_, i) => i % 2 === first))('task %s', (name) => {
    const def = tasks.get(name);

    it('names a registered verifier that lists it, and has valid level presets', () => {
      expect(verifierForTask(name).name).toBe(def.verifier);
      for (const level of LEVELS) {
        const p = resolveParams(def.params, {}, 'params', def.levels[level]);
        expect(def.check?.(p)).toBeUndefined();
      }
    });

    it.each(LEVELS)(`level %i: ${PER_LEVEL} items verify their own answer with score 1 and are deterministic`, async (level) => {
      const canon = new Set<string>();
      for (let i = 0; i < PER_LEVEL; i++) {
        const inst = await ready(def, make(def, level, i));
        const v = verify(def.verifier, `<answer>${inst.answer}</answer>`, JSON.parse(JSON.stringify(inst.truth)));
        if (v.score !== 1) throw new Error(`${name} L${level} #${i}: own answer scored ${v.score}: ${v.reason}\nanswer: ${inst.answer}`);
        expect(inst.question.length).toBeGreaterThan(20);
        expect(inst.evidence.length).toBeGreaterThan(0);
        canon.add(inst.canonical);
        if (i < 3) expect(stableStringify(await ready(def, make(def, level, i)))).toBe(stableStringify(inst));
      }
      // Distinct seeds should give (almost always) distinct problems; tiny levels may repeat a few.
      expect(canon.size).toBeGreaterThan(PER_LEVEL * 0.5);
    });

    it('rejects empty, junk, echoed-question and oversized responses', () => {
      const inst = make(def, 3, 0);
      const truth = JSON.parse(JSON.stringify(inst.truth));
      for (const bad of ['', '<answer></answer>', 'I cannot solve this.', inst.question, `<answer>${inst.question}</answer>`, '\u0000\u0001\uFFFF'.repeat(1000), 'x'.repeat(300_000)]) {
        const v = verify(def.verifier, bad, truth);
        expect(v.score, `response ${JSON.stringify(bad.slice(0, 60))}: ${v.reason}`).toBeLessThan(1);
        expect(v.reason.length).toBeGreaterThan(0);
      }
      expect(verify(def.verifier, 42 as unknown as string, truth).score).toBe(0);
      expect(verify(def.verifier, inst.answer, { nonsense: true }).score).toBe(0);
    });

    it('renders at every level with a box for every evidence id, byte-identically', async () => {
      for (const level of LEVELS) {
        const inst = make(def, level, 1);
        const scenes = Array.isArray(inst.scene) ? inst.scene : [inst.scene];
        const imgs = await Promise.all(scenes.map((s) => render(s)));
        // A plain id is looked for in every image, `id@k` in image k (as the pipeline does).
        for (const id of inst.evidence) expect(() => evidenceBox(id, imgs.map((img) => img.boxes), name), `evidence ${id}`).not.toThrow();
        const again = await render(scenes[0]);
        expect(Buffer.compare(again.bytes, imgs[0].bytes)).toBe(0);
        // Layout alone (how grounded tasks are readied above) gives the render's boxes.
        if (def.ground) expect(await Promise.all(scenes.map((s) => layout(s)))).toEqual(imgs.map((img) => img.boxes));
      }
    });
  });
}
