import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import type { CanvasScene, Primitive } from '../../core/scene.js';
import { Figure } from '../../generators/geometry/construct.js';
import { drawFigure, IllegibleError } from '../../generators/geometry/diagram.js';
import { FAMILY_NAMES } from '../../generators/geometry/families/index.js';
import { geometry } from '../../generators/geometry/task.js';
import { drawScene } from '../../renderers/canvas.js';

function item(family: string, i: number, givens = 'both') {
  const p = resolveParams(geometry.params, { family, givens });
  return geometry.generate(new Rng(deriveSeed('diagram-test', family, i)), p);
}

const isText = (e: Primitive): e is Extract<Primitive, { type: 'text' }> => e.type === 'text';

describe('legibility checks', () => {
  it('rejects near-coincident points', () => {
    const f = new Figure();
    f.free('A', [0, 0]);
    f.free('B', [10, 0]);
    f.free('C', [0.2, 0.1]);
    f.segment('A', 'B');
    expect(() => drawFigure(f, [])).toThrow(IllegibleError);
  });

  it('rejects a tiny angle between drawn segments', () => {
    const f = new Figure();
    f.free('A', [0, 0]);
    f.free('B', [10, 0]);
    f.free('C', [10, 1]);
    f.polygon(['A', 'B', 'C']);
    expect(() => drawFigure(f, [])).toThrow(/too small to read/);
  });

  it('rejects a point that nearly touches a segment it is not on', () => {
    const f = new Figure();
    f.free('A', [0, 0]);
    f.free('B', [10, 0]);
    f.free('C', [5, 5]);
    f.free('D', [5, 0.1]);
    f.polygon(['A', 'B', 'C']);
    expect(() => drawFigure(f, [])).toThrow(/nearly touches/);
  });

  it('accepts a clean triangle and labels every point', () => {
    const f = new Figure();
    f.free('A', [0, 0]);
    f.free('B', [6, 0]);
    f.free('C', [2, 4]);
    f.polygon(['A', 'B', 'C']);
    const d = drawFigure(f, [{ kind: 'length', a: 'A', b: 'B', text: '6', id: 'len-AB' }]);
    const texts = d.scene.elements.filter(isText).map((t) => t.text);
    expect(texts.sort()).toEqual(['6', 'A', 'B', 'C']);
  });
});

/** Labels must sit on clean background: draw the scene without text and look under every label box. */
function strokesUnderLabels(scene: CanvasScene): string[] {
  const { boxes } = drawScene(scene);
  const bare = drawScene({ ...scene, elements: scene.elements.filter((e) => !isText(e)) });
  const { data } = bare.ctx.getImageData(0, 0, scene.width, scene.height);
  const bad: string[] = [];
  for (const el of scene.elements.filter(isText)) {
    const [x0, y0, x1, y1] = boxes[el.id!];
    let inked = 0;
    for (let y = y0 + 1; y < y1 - 1; y++) for (let x = x0 + 1; x < x1 - 1; x++) if (data[(y * scene.width + x) * 4] < 200) inked++;
    if (inked > 0) bad.push(`${el.id} "${el.text}" has ${inked} stroke pixels under it`);
  }
  return bad;
}

function overlappingLabels(scene: CanvasScene): string[] {
  const { boxes } = drawScene(scene);
  const ids = scene.elements.filter(isText).map((t) => t.id!);
  const bad: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = boxes[ids[i]];
      const b = boxes[ids[j]];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) bad.push(`${ids[i]} overlaps ${ids[j]}`);
    }
  }
  return bad;
}

describe('the label checks themselves', () => {
  it('catch a label drawn over a line and two overlapping labels', () => {
    const scene: CanvasScene = {
      kind: 'canvas', width: 200, height: 200, background: '#ffffff',
      elements: [
        { type: 'line', x1: 0, y1: 100, x2: 200, y2: 100, stroke: '#1a1a1a', lineWidth: 2 },
        { type: 'text', id: 'a', x: 100, y: 100, text: 'AB', size: 20, align: 'center', baseline: 'middle' },
        { type: 'text', id: 'b', x: 108, y: 104, text: 'CD', size: 20, align: 'center', baseline: 'middle' },
      ],
    };
    expect(strokesUnderLabels(scene).length).toBeGreaterThan(0);
    expect(overlappingLabels(scene)).toEqual(['a overlaps b']);
  });
});

describe.each(FAMILY_NAMES)('diagrams of %s', (family) => {
  it('12 items: no label overlaps another label or has a stroke under it; numbers appear only where the mode says', () => {
    for (let i = 0; i < 12; i++) {
      const mode = (['both', 'text', 'diagram'] as const)[i % 3];
      const inst = item(family, i, mode);
      const scene = inst.scene as CanvasScene;
      expect(overlappingLabels(scene)).toEqual([]);
      expect(strokesUnderLabels(scene)).toEqual([]);
      const numbersDrawn = scene.elements.filter(isText).filter((t) => /\d/.test(t.text));
      if (mode === 'text') expect(numbersDrawn).toEqual([]);
      else expect(numbersDrawn.length).toBeGreaterThan(0);
      if (mode === 'diagram') expect(inst.question).not.toMatch(/Given:/);
      else expect(inst.question).toMatch(/Given: /);
    }
  });
});
