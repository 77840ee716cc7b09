import type { VerifierDefinition } from '../registry.js';

interface HanoiTruth {
  disks: number;
  pegs: number[][];
  target: number;
  optimal: number;
  requireShortest: boolean;
}

const PEGS = 'ABC';
/** Words a model may wrap moves in ("move disk 2 from A to C"); other numbers (list numbering) carry no move. */
const FILLER = /^(move|moves|from|to|onto|on|peg|the|top|then|and|step|\d+)$/;

export interface HanoiMove {
  from: number;
  to: number;
  /** Disk the answer says it moves ("move disk 2 ..."), checked against the top disk when given. */
  disk?: number;
}

/** "A->C, A->B", "move disk 1 from A to C", "AC AB" → moves; any other word is an error. */
export function parseHanoiMoves(text: string, maxMoves: number): HanoiMove[] {
  const pegs: { peg: number; disk?: number }[] = [];
  let disk: number | undefined;
  const s = text.toUpperCase().replace(/→|⟶|->|=>|-|>/g, ' ');
  const toks = s.split(/[\s,;:.()[\]]+/).filter(Boolean);
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (/^(DISK|DISC)$/.test(tok)) {
      if (!/^\d+$/.test(toks[i + 1] ?? '')) throw new Error('"disk" must be followed by its number');
      if (pegs.length % 2) throw new Error('a move is missing its destination peg');
      disk = Number(toks[++i]);
    } else if (/^[ABC]{1,2}$/.test(tok)) {
      for (const ch of tok) {
        pegs.push({ peg: PEGS.indexOf(ch), disk: pegs.length % 2 ? undefined : disk });
        if (pegs.length % 2 === 0) disk = undefined;
      }
    } else if (!FILLER.test(tok.toLowerCase())) {
      throw new Error(`unexpected "${tok.slice(0, 20)}" in the moves; write moves like A->C`);
    }
    if (pegs.length > 2 * maxMoves) throw new Error(`more than ${maxMoves} moves`);
  }
  if (pegs.length % 2) throw new Error('a move is missing its destination peg');
  const moves: HanoiMove[] = [];
  for (let i = 0; i < pegs.length; i += 2) moves.push({ from: pegs[i].peg, to: pegs[i + 1].peg, ...(pegs[i].disk !== undefined ? { disk: pegs[i].disk } : {}) });
  return moves;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as HanoiTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.disks) || x.disks < 1 || x.disks > 20) return 'disks must be an integer from 1 to 20';
  if (!Array.isArray(x.pegs) || x.pegs.length !== 3 || !x.pegs.every((p) => Array.isArray(p))) return 'pegs must be three lists';
  const all = x.pegs.flat().sort((a, b) => a - b);
  if (all.length !== x.disks || all.some((d, i) => d !== i + 1)) return 'pegs must hold disks 1..disks once each';
  if (x.pegs.some((p) => p.some((d, i) => i > 0 && d > p[i - 1]))) return 'a peg lists a larger disk on a smaller one';
  if (![0, 1, 2].includes(x.target)) return 'target must be 0, 1 or 2';
  if (!Number.isInteger(x.optimal)) return 'optimal must be an integer';
  return undefined;
}

/** Replays the moves under the rules; any legal sequence that ends with every disk on the target is correct. */
export const hanoiVerifier: VerifierDefinition<HanoiTruth> = {
  name: 'hanoi',
  describe: 'Tower of Hanoi moves: replayed under the rules; parts.validMoves = share of moves before the first illegal one',
  tasks: ['hanoi'],
  checkTruth,
  judge(answer, t, opts) {
    const requireShortest = (opts.requireShortest as boolean | undefined) ?? t.requireShortest;
    let moves: HanoiMove[];
    try {
      moves = parseHanoiMoves(answer, 4 * 2 ** t.disks);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { validMoves: 0, solved: 0 } };
    }
    if (!moves.length) return { correct: false, reason: 'no moves given', parts: { validMoves: 0, solved: 0 } };
    const pegs = t.pegs.map((p) => p.slice());
    for (let k = 0; k < moves.length; k++) {
      const { from: a, to: b, disk: said } = moves[k];
      const disk = pegs[a][pegs[a].length - 1];
      const onto = pegs[b][pegs[b].length - 1];
      const why =
        a === b ? 'moves a disk onto its own peg'
        : disk === undefined ? `takes from empty peg ${PEGS[a]}`
        : said !== undefined && said !== disk ? `names disk ${said}, but the top disk of peg ${PEGS[a]} is ${disk}`
        : onto !== undefined && onto < disk ? `puts disk ${disk} on smaller disk ${onto}`
        : '';
      if (why) {
        const parts = { validMoves: k / moves.length, solved: 0 };
        return { correct: false, reason: `move ${k + 1} (${PEGS[a]}->${PEGS[b]}) ${why}`, parts, partial: parts.validMoves, parsed: moves };
      }
      pegs[b].push(pegs[a].pop()!);
    }
    const onTarget = pegs[t.target].length;
    const parts = { validMoves: 1, solved: onTarget === t.disks ? 1 : 0, onTarget: onTarget / t.disks, length: moves.length / Math.max(1, t.optimal) };
    if (!parts.solved) return { correct: false, reason: `legal moves, but only ${onTarget} of ${t.disks} disks end on peg ${PEGS[t.target]}`, parts, partial: 0.5 * parts.onTarget, parsed: moves };
    if (requireShortest && moves.length > t.optimal) return { correct: false, reason: `${moves.length} moves; the fewest possible is ${t.optimal}`, parts, partial: 0.8, parsed: moves };
    return { correct: true, reason: `legal solution in ${moves.length} moves (optimal ${t.optimal})`, parts, parsed: moves };
  },
};
