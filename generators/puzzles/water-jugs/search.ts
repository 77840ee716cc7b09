/**
 * Breadth-first search over jug states (litres in each jug) from all-empty, with the three
 * operations fill, empty and pour. Hand-written: the state space is tiny (at most ∏(capacity+1)),
 * and BFS both proves which amounts are reachable and gives the fewest steps to each.
 */
export type Step = { op: 'fill'; jug: number } | { op: 'empty'; jug: number } | { op: 'pour'; from: number; to: number };

export function applyStep(caps: readonly number[], state: readonly number[], s: Step): number[] {
  const next = state.slice();
  if (s.op === 'fill') next[s.jug] = caps[s.jug];
  else if (s.op === 'empty') next[s.jug] = 0;
  else {
    const amount = Math.min(next[s.from], caps[s.to] - next[s.to]);
    next[s.from] -= amount;
    next[s.to] += amount;
  }
  return next;
}

export function allSteps(k: number): Step[] {
  const out: Step[] = [];
  for (let j = 0; j < k; j++) out.push({ op: 'fill', jug: j }, { op: 'empty', jug: j });
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) if (a !== b) out.push({ op: 'pour', from: a, to: b });
  return out;
}

export interface JugSearch {
  /** Fewest steps until some jug holds `amount` litres, for each reachable amount. */
  stepsTo: Map<number, number>;
  /** A shortest step list for each reachable amount. */
  pathTo: Map<number, Step[]>;
  states: number;
  /** Mean number of steps that change the state, over reachable states. */
  branching: number;
}

export function searchJugs(caps: readonly number[]): JugSearch {
  const steps = allSteps(caps.length);
  const key = (s: readonly number[]) => s.join(',');
  const start = caps.map(() => 0);
  const prev = new Map<string, { from: string; step: Step } | null>([[key(start), null]]);
  const queue: number[][] = [start];
  const depth = new Map([[key(start), 0]]);
  const stepsTo = new Map<number, number>();
  const firstState = new Map<number, string>();
  let moves = 0;
  for (let h = 0; h < queue.length; h++) {
    const s = queue[h];
    const ks = key(s);
    const d = depth.get(ks)!;
    for (const v of s) {
      if (!stepsTo.has(v)) {
        stepsTo.set(v, d);
        firstState.set(v, ks);
      }
    }
    for (const st of steps) {
      const n = applyStep(caps, s, st);
      const kn = key(n);
      if (kn === ks) continue;
      moves++;
      if (prev.has(kn)) continue;
      prev.set(kn, { from: ks, step: st });
      depth.set(kn, d + 1);
      queue.push(n);
    }
  }
  const pathTo = new Map<number, Step[]>();
  for (const [v, ks] of firstState) {
    const path: Step[] = [];
    for (let k = ks; prev.get(k); k = prev.get(k)!.from) path.unshift(prev.get(k)!.step);
    pathTo.set(v, path);
  }
  return { stepsTo, pathTo, states: queue.length, branching: moves / queue.length };
}
