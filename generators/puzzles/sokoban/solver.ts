/**
 * Sokoban search, hand-written (no maintained JS solver exists): breadth-first search over
 * (player cell, sorted box cells) states with unit-cost player moves, so the first solution found
 * has the fewest moves. Boxes pushed onto "dead" cells (from which no goal can be reached even on an
 * empty board) are pruned; that never removes a solution. A state budget bounds the time.
 *
 * Cells are indices into a width×height grid whose border is wall.
 */
export interface Level {
  width: number;
  height: number;
  wall: Uint8Array;
  goals: number[];
  boxes: number[];
  player: number;
}

export const DIRS = [
  { letter: 'U', dr: -1, dc: 0 },
  { letter: 'D', dr: 1, dc: 0 },
  { letter: 'L', dr: 0, dc: -1 },
  { letter: 'R', dr: 0, dc: 1 },
] as const;

export const step = (width: number, dir: number) => DIRS[dir].dr * width + DIRS[dir].dc;

/** Cells from which a lone box can reach some goal (reverse pulls from every goal). */
export function liveCells(lv: Level): Uint8Array {
  const live = new Uint8Array(lv.wall.length);
  const queue = [...lv.goals];
  for (const g of queue) live[g] = 1;
  for (let h = 0; h < queue.length; h++) {
    const b = queue[h];
    for (let d = 0; d < 4; d++) {
      const s = step(lv.width, d);
      // Pull the box from b to b + s: the player stands at b + s and steps on to b + 2s.
      const to = b + s;
      const behind = b + 2 * s;
      if (lv.wall[to] || lv.wall[behind] || live[to]) continue;
      live[to] = 1;
      queue.push(to);
    }
  }
  return live;
}

export interface SokobanSolution {
  /** Moves as U/D/L/R letters, or null when no solution exists within the budget. */
  moves: string | null;
  pushes: number;
  /** States expanded. */
  nodes: number;
  /** True when the search ran out of budget before finishing. */
  exhausted: boolean;
}

const B = 128; // base of the state key: grids are at most 128 cells in each key digit

export function solveSokoban(lv: Level, maxStates = 300_000): SokobanSolution {
  if (lv.wall.length > B) throw new Error(`solveSokoban: grids up to ${B} cells are supported`);
  const live = liveCells(lv);
  const goalSet = new Set(lv.goals);
  const encode = (player: number, boxes: number[]) => boxes.reduce((k, b) => k * B + b, player);
  const start = { player: lv.player, boxes: lv.boxes.slice().sort((a, b) => a - b) };
  const parent = new Map<number, { prev: number; dir: number; push: boolean }>();
  const startKey = encode(start.player, start.boxes);
  parent.set(startKey, { prev: -1, dir: -1, push: false });
  let frontier = [start];
  let nodes = 0;
  const path = (key: number) => {
    const out: string[] = [];
    let pushes = 0;
    for (let k = key; parent.get(k)!.prev >= 0; k = parent.get(k)!.prev) {
      const e = parent.get(k)!;
      out.push(DIRS[e.dir].letter);
      if (e.push) pushes++;
    }
    return { moves: out.reverse().join(''), pushes };
  };
  if (start.boxes.every((b) => goalSet.has(b))) return { moves: '', pushes: 0, nodes: 0, exhausted: false };
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const s of frontier) {
      nodes++;
      const key = encode(s.player, s.boxes);
      for (let d = 0; d < 4; d++) {
        const to = s.player + step(lv.width, d);
        if (lv.wall[to]) continue;
        let boxes = s.boxes;
        let push = false;
        const bi = boxes.indexOf(to);
        if (bi >= 0) {
          const beyond = to + step(lv.width, d);
          if (lv.wall[beyond] || !live[beyond] || boxes.includes(beyond)) continue;
          boxes = boxes.slice();
          boxes[bi] = beyond;
          boxes.sort((a, b) => a - b);
          push = true;
        }
        const nk = encode(to, boxes);
        if (parent.has(nk)) continue;
        parent.set(nk, { prev: key, dir: d, push });
        if (push && boxes.every((b) => goalSet.has(b))) return { ...path(nk), nodes, exhausted: false };
        next.push({ player: to, boxes });
      }
      if (parent.size > maxStates) return { moves: null, pushes: 0, nodes, exhausted: true };
    }
    frontier = next;
  }
  return { moves: null, pushes: 0, nodes, exhausted: false };
}
