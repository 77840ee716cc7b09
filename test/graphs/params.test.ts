import { describe, expect, it } from 'vitest';
import { FieldError, VeriforgeError } from '../../core/errors.js';
import { resolveParams } from '../../core/params.js';
import { make, tasks } from './helpers.js';

const checked = (task: string, over: Record<string, unknown>) => {
  const def = tasks.get(task);
  return def.check?.(resolveParams(def.params, over, 'params', def.levels[3]));
};

describe('graph task parameters', () => {
  it('name the field, the value and what is allowed', () => {
    expect(() => resolveParams(tasks.get('shortest-path').params, { nodes: 40 })).toThrow(FieldError);
    expect(() => resolveParams(tasks.get('shortest-path').params, { nodes: 40 })).toThrow(/params\.nodes: got 40; allowed: an integer from 4 to 26/);
    expect(() => resolveParams(tasks.get('connected-components').params, { ask: 'size' })).toThrow(/params\.ask: got "size"; allowed: one of "count", "members", "mixed"/);
    expect(checked('shortest-path', { nodes: 6, minHops: 6 })).toMatch(/minHops: got 6; allowed: less than nodes \(6\)/);
    expect(checked('graph-coloring', { colors: 5, tight: true })).toMatch(/colors: got 5; allowed: at most 4 when tight/);
    expect(checked('graph-coloring', { nodes: 3, colors: 4, tight: false })).toMatch(/colors: got 4; allowed: at most nodes \(3\)/);
    expect(checked('euler-path', { nodes: 6, edges: 12 })).toMatch(/edges: got 12; allowed: at most 1.5 × nodes \(9\)/);
    expect(checked('connected-components', { nodes: 4, components: 5 })).toMatch(/components: got 5; allowed: at most nodes \(4\)/);
  });

  it('every level preset passes its own checks', () => {
    for (const t of tasks.list().filter((d) => d.domain === 'graph')) {
      for (const level of [1, 2, 3, 4, 5] as const) expect(t.check?.(resolveParams(t.params, {}, 'params', t.levels[level]))).toBeUndefined();
    }
  });

  it('an unsatisfiable request fails with the task, its params and a hint, not a hang', () => {
    let error: unknown;
    try {
      make('shortest-path', 3, 'x', { nodes: 26, density: 1, minHops: 12 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VeriforgeError);
    expect(String(error)).toMatch(/shortest-path \(nodes=26, density=1, maxWeight=9, minHops=12, trap=0.5\).*try a lower minHops/);
  });
});
