/**
 * Tower of Hanoi from any legal state to "all disks on one peg". Hand-written because it is a few
 * lines and no library does it: the largest disk that is not on the target must move exactly once,
 * straight to the target, so the smaller disks first gather on the third peg; disks already on the
 * target are left in place. This greedy recursion is optimal (each step is forced).
 *
 * `pos[k]` is the peg (0–2) of disk k+1 (disk 1 is the smallest).
 */
export type Move = [from: number, to: number];

export function optimalMoves(pos: readonly number[], target: number): Move[] {
  const p = pos.slice();
  const moves: Move[] = [];
  const gather = (k: number, to: number) => {
    // Put disks 1..k (indices 0..k-1) on peg `to`.
    for (let d = k - 1; d >= 0; d--) {
      if (p[d] === to) continue;
      const spare = 3 - p[d] - to;
      gather(d, spare);
      moves.push([p[d], to]);
      p[d] = to;
      // Disks 1..d now sit on `spare`; carry them over as a standard tower.
      gather(d, to);
      return;
    }
  };
  gather(p.length, target);
  return moves;
}

/** Optimal move count without listing the moves (2^k − 1 for each tower carried whole). */
export function optimalCount(pos: readonly number[], target: number): number {
  let count = 0;
  let to = target;
  for (let d = pos.length - 1; d >= 0; d--) {
    if (pos[d] === to) continue;
    count += 2 ** d; // one move of disk d+1, then the tower 1..d carried: 2^d − 1 moves
    to = 3 - pos[d] - to;
  }
  return count;
}

/** True when `moves` are legal from `pos` and end with every disk on `target`. */
export function solves(pos: readonly number[], target: number, moves: readonly Move[]): boolean {
  const p = pos.slice();
  for (const [a, b] of moves) {
    const top = p.indexOf(a); // smallest disk on a peg is its top
    const under = p.indexOf(b);
    if (a === b || top < 0 || (under >= 0 && under < top)) return false;
    p[top] = b;
  }
  return p.every((x) => x === target);
}
