import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridGeom, gridLines } from '../grid-scene.js';
import { article, axisLabels, boardText, cellName, cellPx, COORD_RULE } from '../games/coords.js';
import { around, BudgetExceeded, forcedCells } from './logic.js';

export interface MinesweeperParams {
  width: number;
  height: number;
  mines: number;
  /** Extra safe cells opened after the first click (each opens its region like a click). */
  extraClicks: number;
  /** What to ask for: the certain mines, the certain safe cells, or either (drawn per item). */
  ask: 'mines' | 'safe' | 'either';
}

export interface MinesweeperTruth {
  width: number;
  height: number;
  /** One character per cell, row-major: '#' covered, '0'–'8' revealed count. */
  board: string;
  ask: 'mines' | 'safe';
  /** The forced cells asked for, [row, col], certified by the constraint solver. */
  cells: [number, number][];
}

const NUMBER_INK = ['', '#1f4fd1', '#197a19', '#d11f1f', '#0d1a73', '#7a1010', '#0f7a7a', '#111111', '#666666'];
const COVERED = '#9aa7b4';
const OPEN = '#eceff1';

function generate(rng: Rng, p: MinesweeperParams): Instance<MinesweeperTruth> {
  const { width: W, height: H } = p;
  const N = W * H;
  for (let attempt = 0; attempt < 200; attempt++) {
    const click = rng.int(0, N - 1);
    const keepClear = new Set([click, ...around(H, W, click)]);
    const spots = rng.shuffle([...Array(N).keys()].filter((i) => !keepClear.has(i)));
    const mine = new Uint8Array(N);
    for (const i of spots.slice(0, p.mines)) mine[i] = 1;
    const count = Int8Array.from({ length: N }, (_, i) => around(H, W, i).reduce((s, j) => s + mine[j], 0));
    const shown = new Int8Array(N).fill(-1);
    const open = (start: number) => {
      const stack = [start];
      while (stack.length) {
        const i = stack.pop()!;
        if (shown[i] >= 0 || mine[i]) continue;
        shown[i] = count[i];
        if (count[i] === 0) stack.push(...around(H, W, i));
      }
    };
    open(click);
    for (let k = 0; k < p.extraClicks; k++) {
      const closedSafe = [...Array(N).keys()].filter((i) => shown[i] < 0 && !mine[i]);
      if (closedSafe.length) open(rng.pick(closedSafe));
    }
    if (![...Array(N).keys()].some((i) => shown[i] < 0 && !mine[i])) continue; // nothing left to deduce
    let forced: ReturnType<typeof forcedCells>;
    try {
      forced = forcedCells({ rows: H, cols: W, shown });
    } catch (e) {
      if (e instanceof BudgetExceeded) continue; // too costly to certify: draw another board
      throw e;
    }
    const ask: 'mines' | 'safe' = p.ask === 'either' ? (rng.chance(0.5) ? 'mines' : 'safe') : p.ask;
    const cells = ask === 'mines' ? forced.mines : forced.safe;
    if (!cells.length) continue;
    // Soundness guard: the certified cells must agree with the hidden layout.
    if (cells.some((i) => mine[i] !== (ask === 'mines' ? 1 : 0))) throw new Error('minesweeper: solver contradicts the layout');
    return build(p, shown, ask, cells, forced, attempt);
  }
  throw new Error(`no ${p.width}×${p.height} board with ${p.mines} mines gave a forced cell in 200 tries; change params.mines or params.extraClicks`);
}

function build(p: MinesweeperParams, shown: Int8Array, ask: 'mines' | 'safe', cells: number[], forced: ReturnType<typeof forcedCells>, retries: number): Instance<MinesweeperTruth> {
  const { width: W, height: H } = p;
  const rc = (i: number): [number, number] => [Math.floor(i / W), i % W];
  const board = Array.from(shown, (v) => (v < 0 ? '#' : String(v))).join('');
  const truth: MinesweeperTruth = { width: W, height: H, board, ask, cells: cells.map(rc) };
  const what = ask === 'mines' ? 'contain a mine' : 'be safe (contain no mine)';
  const rules = `Each revealed number tells how many of its up to 8 neighbouring cells (including diagonals) hold a mine. Using only these numbers (the total number of mines is not given), list every covered cell that must ${what} in every arrangement of mines consistent with the numbers. ${COORD_RULE}`;
  const answerNames = cells.map((i) => cellName(...rc(i)));
  const example = ['A1, C2', 'B1, A3'].find((e) => e !== answerNames.join(', '))!;
  const format = `Answer with the cells separated by commas, for example <answer>${example}</answer>.`;
  const g = gridGeom(H, W, cellPx(Math.max(W, H), 500, 28, 64), 40);
  const nums: Primitive[] = [];
  shown.forEach((v, i) => {
    if (v <= 0) return;
    const [r, c] = rc(i);
    nums.push({ type: 'text', text: String(v), x: g.x0 + (c + 0.5) * g.cell, y: g.y0 + (r + 0.5) * g.cell, size: Math.round(g.cell * 0.62), weight: 'bold', align: 'center', baseline: 'middle', fill: NUMBER_INK[v] });
  });
  // Evidence: the asked cells and the numbers that touch them.
  const clues = new Set<number>();
  for (const i of cells) for (const j of around(H, W, i)) if (shown[j] > 0) clues.add(j);
  return {
    question: `The image shows ${article(W)} ${W}×${H} minesweeper board: grey cells are covered, light cells are revealed (blank means 0). ${rules} ${format}`,
    textOnly: `${article(W) === 'an' ? 'An' : 'A'} ${W}×${H} minesweeper board ('#' covered, digits are revealed counts, '0' has no neighbouring mine):\n${boardText(H, W, (r, c) => board[r * W + c])}\n${rules} ${format}`,
    scene: {
      kind: 'canvas',
      width: g.width,
      height: g.height,
      background: '#ffffff',
      elements: [...cellRects(g, OPEN, (r, c) => (shown[r * W + c] < 0 ? COVERED : OPEN)), ...gridLines(g, H, W, 1, 3), ...axisLabels(g), ...nums],
    },
    answer: answerNames.join(', '),
    truth,
    evidence: [...cells, ...[...clues].sort((a, b) => a - b)].map((i) => cellId(...rc(i))),
    features: {
      width: W,
      height: H,
      mines: p.mines,
      covered: board.split('').filter((ch) => ch === '#').length,
      frontier: forced.frontier.length,
      asked: cells.length,
      forcedMines: forced.mines.length,
      forcedSafe: forced.safe.length,
      trivialShare: Math.round((100 * forced.trivial) / Math.max(1, forced.mines.length + forced.safe.length)) / 100,
      searchNodes: forced.nodes,
      retries,
    },
    canonical: `minesweeper:${W}x${H}:${board}:${ask}`,
  };
}

export const minesweeper: TaskDefinition<MinesweeperParams, MinesweeperTruth> = {
  name: 'minesweeper',
  domain: 'puzzle',
  describe: 'Minesweeper deduction: list the covered cells that are certainly mines (or certainly safe), certified by a constraint solver',
  params: {
    width: { type: 'int', min: 5, max: 20, default: 9, describe: 'columns' },
    height: { type: 'int', min: 5, max: 20, default: 9, describe: 'rows' },
    mines: { type: 'int', min: 1, max: 120, default: 12, describe: 'mines hidden on the board' },
    extraClicks: { type: 'int', min: 0, max: 10, default: 1, describe: 'extra safe cells opened after the first click' },
    ask: { type: 'enum', values: ['mines', 'safe', 'either'], default: 'either', describe: 'ask for certain mines, certain safe cells, or either per item' },
  },
  check: (p) => (p.mines > p.width * p.height - 9 ? `params.mines: got ${p.mines}; allowed: at most width×height − 9 (${p.width * p.height - 9}), the first click keeps its 3×3 clear` : undefined),
  levels: {
    1: { width: 6, height: 6, mines: 5, extraClicks: 0 },
    2: { width: 8, height: 8, mines: 10, extraClicks: 1 },
    3: { width: 9, height: 9, mines: 14, extraClicks: 1 },
    4: { width: 12, height: 12, mines: 26, extraClicks: 2 },
    5: { width: 16, height: 16, mines: 48, extraClicks: 3 },
  },
  generate,
  verifier: 'minesweeper',
};
