/**
 * Shingoki solver. The loop runs on a rows×cols lattice of points; a white circle is passed
 * straight, a black circle is a turn, and a circle's number is the sum of the two straight runs
 * leaving it (for a white circle, the whole straight segment through it). The search walks the
 * loop from a circle (a black one when there is one, so the first run starts at a turn), and checks
 * each straight run when it ends: white circles inside it see its full length, a black circle at
 * its start sees it plus the run before. Runs still growing are cut as soon as they overshoot, and
 * every unvisited circle and the start must stay reachable. Each loop closed is checked in full
 * (`loopBreaks`), so pruning never decides alone. Counts distinct loops up to `limit`.
 */
export interface Circle {
  /** Point index, row-major. */
  at: number;
  black: boolean;
  value: number;
}

export interface ShingokiProblem {
  rows: number;
  cols: number;
  circles: readonly Circle[];
}

export interface ShingokiResult {
  solutions: number;
  /** Loops found, as point indices in order (first point = the start circle). */
  loops: number[][];
  nodes: number;
  aborted: boolean;
}

/** For every point of a closed loop: whether the loop turns there, and the two straight runs leaving it. */
export function loopShape(loop: readonly number[]): { turn: boolean; runs: [number, number] }[] {
  const L = loop.length;
  const dir = loop.map((v, k) => loop[(k + 1) % L] - v); // step k → k+1
  const at = (k: number) => dir[((k % L) + L) % L];
  return loop.map((_, k) => {
    let fwd = 1;
    while (fwd < L && at(k + fwd) === at(k)) fwd++;
    let back = 1;
    while (back < L && at(k - 1 - back) === at(k - 1)) back++;
    return { turn: at(k) !== at(k - 1), runs: [fwd, back] };
  });
}

/** The first rule a closed loop breaks, or undefined: every circle on it, with its kind and number. */
export function loopBreaks(p: ShingokiProblem, loop: readonly number[]): string | undefined {
  const shape = loopShape(loop);
  const pos = new Map(loop.map((v, k) => [v, k]));
  for (const c of p.circles) {
    const k = pos.get(c.at);
    if (k === undefined) return `misses circle ${c.at}`;
    const s = shape[k];
    if (s.turn !== c.black) return `circle ${c.at} ${c.black ? 'not turned' : 'turned'}`;
    if (s.runs[0] + s.runs[1] !== c.value) return `circle ${c.at} sees ${s.runs[0] + s.runs[1]}`;
  }
  return undefined;
}

export function solveShingoki(p: ShingokiProblem, limit = 2, maxNodes = 5_000_000): ShingokiResult {
  const { rows, cols } = p;
  const V = rows * cols;
  const out: ShingokiResult = { solutions: 0, loops: [], nodes: 0, aborted: false };
  if (!p.circles.length) return out;
  const circle = new Array<Circle | undefined>(V);
  for (const c of p.circles) circle[c.at] = c;
  const nb: number[][] = Array.from({ length: V }, (_, i) => {
    const r = Math.floor(i / cols);
    const c = i % cols;
    return [r > 0 ? i - cols : -1, r < rows - 1 ? i + cols : -1, c > 0 ? i - 1 : -1, c < cols - 1 ? i + 1 : -1].filter((j) => j >= 0);
  });
  const startCircle = p.circles.find((c) => c.black) ?? p.circles[0];
  const s = startCircle.at;
  const onPath = new Uint8Array(V);
  const path: number[] = [s];
  onPath[s] = 1;
  const seen = new Set<string>();
  const seenMark = new Uint8Array(V);
  const stack = new Int32Array(V);
  /** Every unvisited circle, and the start, reachable from the head through unvisited points. */
  const reachable = (head: number) => {
    seenMark.fill(0);
    let top = 0;
    stack[top++] = head;
    seenMark[head] = 1;
    let backHome = false;
    while (top) {
      const i = stack[--top];
      for (const j of nb[i]) {
        if (j === s && i !== head) backHome = true;
        if (j === s && i === head && path.length > 2) backHome = true;
        if (seenMark[j] || onPath[j]) continue;
        seenMark[j] = 1;
        stack[top++] = j;
      }
    }
    if (!backHome) return false;
    for (const c of p.circles) if (!onPath[c.at] && !seenMark[c.at]) return false;
    return true;
  };
  /**
   * The run ending at `end` (from `runStart`, `len` steps) is complete: white circles inside it see
   * `len`; a black circle at its start sees `prevLen + len`. Only for runs that start at a true turn.
   */
  const runOk = (runStart: number, len: number, prevLen: number, startIdx: number) => {
    for (let k = startIdx + 1; k < startIdx + len; k++) {
      const c = circle[path[k]];
      if (c && c.value !== len) return false;
    }
    const c0 = circle[runStart];
    if (c0 && c0.black && prevLen > 0 && c0.value !== prevLen + len) return false;
    return true;
  };
  // State of the run being drawn: where it started (path index), its length, the run before it.
  const rec = (dir: number, runStartIdx: number, runLen: number, prevLen: number, genuine: boolean): void => {
    if (++out.nodes > maxNodes) {
      out.aborted = true;
      return;
    }
    const head = path[path.length - 1];
    // Overshoot: a growing run already longer than a white circle inside it (or beyond the black at its start) allows.
    if (genuine) {
      for (let k = runStartIdx + 1; k < runStartIdx + runLen; k++) {
        const c = circle[path[k]];
        if (c && c.value < runLen) return;
      }
      const c0 = circle[path[runStartIdx]];
      if (c0 && c0.black && prevLen > 0 && c0.value < prevLen + runLen) return;
    }
    const hc = circle[head];
    for (const nx of nb[head]) {
      const d = nx - head;
      const straight = d === dir;
      if (hc && path.length > 1 && (hc.black ? straight : !straight)) continue;
      if (nx === s) {
        if (path.length < 4) continue;
        // Closing: the last run ends at s. A full check decides; dedupe both directions.
        const loop = path.slice();
        if (loopBreaks(p, loop)) continue;
        const key = canonical(loop);
        if (!seen.has(key)) {
          seen.add(key);
          out.loops.push(loop);
          if (++out.solutions >= limit) return;
        }
        continue;
      }
      if (onPath[nx]) continue;
      let nStart = runStartIdx;
      let nLen = runLen + 1;
      let nPrev = prevLen;
      let nGenuine = genuine;
      if (!straight && path.length > 1) {
        // The run ending at head is complete.
        if (genuine && !runOk(path[runStartIdx], runLen, prevLen, runStartIdx)) continue;
        nStart = path.length - 1;
        nLen = 1;
        nPrev = genuine ? runLen : 0;
        nGenuine = true;
      }
      onPath[nx] = 1;
      path.push(nx);
      if (reachable(nx)) rec(d, nStart, nLen, nPrev, nGenuine);
      path.pop();
      onPath[nx] = 0;
      if (out.solutions >= limit || out.aborted) return;
    }
  };
  rec(0, 0, 0, 0, startCircle.black);
  return out;
}

/** The loop's edges, sorted: the same loop from any start, either way round, gives the same key. */
export function canonical(loop: readonly number[]): string {
  return loop
    .map((v, k) => {
      const w = loop[(k + 1) % loop.length];
      return v < w ? `${v}-${w}` : `${w}-${v}`;
    })
    .sort()
    .join(' ');
}
