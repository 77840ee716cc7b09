// Every scene-task answer recomputed from the scene JSON by test/scenes/reference.ts (a separate
// implementation), answer balance over 2,000 scene-qa items, degeneracy rules. No rendering.
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { scenesOf, type Level } from '../../core/task.js';
import type { Object3, Scene3D } from '../../core/scene3d.js';
import { tasks } from '../../generators/index.js';
import { visibility } from '../../generators/scenes/visibility.js';
import { minPixels } from '../../generators/scenes/layout.js';
import { diffScenes, evaluate, look, sameLayout } from './reference.js';

const make = (task: string, level: Level, i: number, seed = 5) => {
  const def = tasks.get(task);
  return def.generate(new Rng(deriveSeed(seed, task, i)), resolveParams(def.params, {}, 'p', def.levels[level]), { index: i });
};
const LEVELS: Level[] = [1, 2, 3, 4, 5];

/** Every object of every 3D image is in frame, apart from the others and visible (estimate ≥ 2·min). */
function checkScenes(scenes: Scene3D[]) {
  for (const s of scenes) {
    const v = visibility(s, 0.5);
    for (const o of s.objects) {
      expect(v.clipped[o.id], `${o.id} cut by the border`).toBe(false);
      expect(v.pixels[o.id]).toBeGreaterThanOrEqual(2 * minPixels(s));
    }
    for (const a of s.objects) for (const b of s.objects) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(0.5);
  }
}

describe('scene-qa', () => {
  it('every answer equals the reference executor on the scene JSON, at every level', () => {
    for (const level of LEVELS) {
      for (let i = 0; i < 30; i++) {
        const inst = make('scene-qa', level, i);
        const scene = inst.scene as Scene3D;
        expect(String(evaluate(inst.truth.program, scene.objects, scene)), `level ${level} item ${i}: ${inst.question}`).toBe(inst.answer);
        if (i < 4) checkScenes([scene]);
      }
    }
  });

  it('no degenerate question: descriptions are minimal and never state the queried attribute', () => {
    for (let i = 0; i < 200; i++) {
      const inst = make('scene-qa', 4, i);
      const { objects } = inst.scene as Scene3D;
      for (const [k, n] of inst.truth.program.entries()) {
        if (n.fn !== 'filter' || inst.truth.program[k + 1]?.fn !== 'unique') continue;
        // The object whose attribute is asked for is never described by that attribute.
        const asks = inst.truth.program.find((m: any) => (m.fn === 'query' && m.in === k + 1) || (m.fn === 'same' && m.in.includes(k + 1)));
        if (asks) expect(Object.keys(n.filters)).not.toContain(asks.attr);
        // Dropping any one filter leaves more than one candidate (no redundant word).
        for (const drop of Object.keys(n.filters)) {
          const rest = { ...n.filters };
          delete rest[drop];
          const input = n.in === 0 ? objects : evaluate(inst.truth.program, objects, inst.scene as Scene3D, n.in);
          const hits = (input as Object3[]).filter((o) => Object.entries(rest).every(([a, v]) => (o as any)[a] === v));
          expect(hits.length, `${inst.question}: "${drop}" is redundant`).toBeGreaterThan(1);
        }
      }
    }
  });

  it('answers are balanced: over 2,000 items no answer is more than 1.1× as frequent as the next', () => {
    const byKind = new Map<string, Map<string, number>>();
    const all = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const inst = make('scene-qa', 4, i, 11);
      const key = inst.truth.kind === 'word' ? `word:${inst.truth.attr}` : inst.truth.kind;
      const m = byKind.get(key) ?? new Map<string, number>();
      m.set(inst.answer, (m.get(inst.answer) ?? 0) + 1);
      byKind.set(key, m);
      all.set(inst.answer, (all.get(inst.answer) ?? 0) + 1);
    }
    const ratio = (m: Map<string, number>) => {
      const f = [...m.values()].sort((a, b) => b - a);
      return f[0] / f[1];
    };
    expect(ratio(all)).toBeLessThanOrEqual(1.1);
    for (const [kind, m] of byKind) {
      expect(ratio(m), `${kind}: ${JSON.stringify([...m])}`).toBeLessThanOrEqual(1.1);
      const f = [...m.values()];
      expect(Math.max(...f) / Math.min(...f), `${kind} spread`).toBeLessThanOrEqual(1.1);
    }
  });
});

describe('scene-transform', () => {
  it('the answer is the diff of the two object lists, and every change is visible where it matters', () => {
    for (const level of LEVELS) {
      for (let i = 0; i < 12; i++) {
        const inst = make('scene-transform', level, i);
        const scenes = scenesOf(inst) as Scene3D[];
        expect(scenes.length).toBe(level >= 4 ? 3 : 2);
        const [before, ...after] = scenes;
        for (const s of after) expect(diffScenes(before.objects, s.objects)).toEqual(inst.truth.pairs);
        expect(inst.answer).toBe(inst.truth.pairs.join(', '));
        // Before and after, no two objects look alike: each change has one reading.
        for (const s of scenes) expect(new Set(s.objects.map(look)).size).toBe(s.objects.length);
        if (i < 2) checkScenes(scenes);
        for (const e of inst.evidence) expect(e).toMatch(/^o\d+@\d$/);
      }
    }
  });
});

describe('scene-view', () => {
  it('layout: the answer is the only image whose objects match the map; camera: the turn between the two azimuths', () => {
    for (const level of LEVELS) {
      for (let i = 0; i < 10; i++) {
        const inst = make('scene-view', level, i);
        const scenes = scenesOf(inst);
        if (scenes[0].kind === 'canvas') {
          const views = scenes.slice(1) as Scene3D[];
          const map = views.find((_, k) => String(k + 2) === inst.answer)!.objects;
          const matches = views.filter((v) => sameLayout(v.objects, map));
          expect(matches.length).toBe(1);
          // The map draws exactly those objects (one glyph per id).
          const ids = (scenes[0] as any).elements.map((e: any) => e.id).filter((id: string) => id !== 'table').sort();
          expect(ids).toEqual(map.map((o) => o.id).sort());
        } else {
          const [a, b] = scenes as Scene3D[];
          const turn = a.camera.azimuth - b.camera.azimuth; // positive: counterclockwise seen from above
          const option = inst.question.split(/[A-D]\) /).slice(1)[['A', 'B', 'C', 'D'].indexOf(inst.answer)];
          expect(option).toContain(turn > 0 ? 'counterclockwise' : 'clockwise');
          expect(option).toContain(`${Math.round(Math.abs(turn))}°`);
          expect(a.objects).toEqual(b.objects);
        }
      }
    }
  });
});

describe('scene-ground', () => {
  it('the answer is the queried attribute of the one object the program picks, and the box is that object', () => {
    for (const level of LEVELS) {
      for (let i = 0; i < 10; i++) {
        const inst = make('scene-ground', level, i);
        const scene = inst.scene as Scene3D;
        expect(inst.evidence).toHaveLength(1);
        const target = scene.objects.find((o) => o.id === inst.evidence[0])!;
        expect((target as any)[inst.truth.attr]).toBe(inst.truth.value);
        expect(inst.truth.box).toEqual(visibility(scene, 1).boxes[target.id]);
      }
    }
  });
});
