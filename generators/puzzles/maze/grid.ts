/** Directions as wall bits of a cell: a set bit means the side is open. */
export const DIRS = [
  { bit: 1, dr: -1, dc: 0, letter: 'U', opposite: 4 },
  { bit: 2, dr: 0, dc: 1, letter: 'R', opposite: 8 },
  { bit: 4, dr: 1, dc: 0, letter: 'D', opposite: 1 },
  { bit: 8, dr: 0, dc: -1, letter: 'L', opposite: 2 },
] as const;

export interface MazeGrid {
  width: number;
  height: number;
  /** Per cell (row-major) bit set of open sides. */
  open: Uint8Array;
}

/** Breadth-first distances from `start` through open sides; -1 where unreachable. */
export function bfs(m: MazeGrid, start: number): { dist: Int32Array; prev: Int32Array } {
  const dist = new Int32Array(m.width * m.height).fill(-1);
  const prev = new Int32Array(m.width * m.height).fill(-1);
  const queue = [start];
  dist[start] = 0;
  for (let h = 0; h < queue.length; h++) {
    const i = queue[h];
    const r = Math.floor(i / m.width);
    const c = i % m.width;
    for (const d of DIRS) {
      if (!(m.open[i] & d.bit)) continue;
      const j = (r + d.dr) * m.width + (c + d.dc);
      if (dist[j] < 0) {
        dist[j] = dist[i] + 1;
        prev[j] = i;
        queue.push(j);
      }
    }
  }
  return { dist, prev };
}
