import { AnswerError } from '../graphs/parse.js';
import type { VerifierDefinition } from '../registry.js';

type Cell = [number, number];

interface WordsearchTruth {
  size: number;
  grid: string;
  placements: { word: string; from: Cell; to: Cell }[];
}

function checkTruth(t: unknown): string | undefined {
  const x = t as WordsearchTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 26) return 'size must be an integer from 2 to 26';
  if (typeof x.grid !== 'string' || x.grid.length !== x.size * x.size || !/^[A-Z]+$/.test(x.grid)) return `grid must be ${x.size * x.size} capital letters`;
  if (!Array.isArray(x.placements) || !x.placements.length || !x.placements.every((q) => q && typeof q.word === 'string' && /^[A-Z]{2,26}$/.test(q.word))) return 'placements must list the words';
  return undefined;
}

const CELL = /^([A-Z])(\d{1,2})$/;

/** Lines "WORD: B3-F3" (also "WORD B3 F3", "WORD (B3, F3)", "WORD: B3 to F3"); prose lines without cells are skipped. */
function parseLines(text: string, t: WordsearchTruth): Map<string, [Cell, Cell]> {
  const words = new Set(t.placements.map((q) => q.word));
  const out = new Map<string, [Cell, Cell]>();
  const cell = (s: string): Cell => {
    const m = s.match(CELL)!;
    const rc: Cell = [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
    if (rc[0] < 0 || rc[0] >= t.size || rc[1] >= t.size) throw new AnswerError(`cell ${s} is off the ${t.size}×${t.size} grid`);
    return rc;
  };
  for (const raw of text.toUpperCase().split(/\r?\n|;/)) {
    const toks = raw.replace(/[:=(),[\]"'*]/g, ' ').replace(/\s(?:TO|->|→|–|-)\s/g, ' ').replace(/([A-Z]\d{1,2})-([A-Z]\d{1,2})/g, '$1 $2').split(/\s+/).filter(Boolean);
    if (!toks.length) continue;
    const cells = toks.filter((s) => CELL.test(s));
    const names = toks.filter((s) => !CELL.test(s));
    if (!cells.length) continue; // prose
    if (names.length !== 1 || cells.length !== 2) throw new AnswerError(`"${raw.trim().slice(0, 40)}" is not a line of the form WORD: B3-F3`);
    const [word] = names;
    if (!words.has(word)) throw new AnswerError(`${word.slice(0, 20)} is not one of the listed words`);
    if (out.has(word)) throw new AnswerError(`${word} is located twice`);
    out.set(word, [cell(cells[0]), cell(cells[1])]);
  }
  if (!out.size) throw new AnswerError('no word locations found');
  return out;
}

/** Letters on the straight line from a to b (null when a and b are not on one row, column or diagonal). */
function lineText(t: WordsearchTruth, a: Cell, b: Cell): string | null {
  const dr = Math.sign(b[0] - a[0]);
  const dc = Math.sign(b[1] - a[1]);
  const len = Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) + 1;
  if ((dr && dc && Math.abs(b[0] - a[0]) !== Math.abs(b[1] - a[1])) || len > t.size) return null;
  let s = '';
  for (let k = 0; k < len; k++) s += t.grid[(a[0] + dr * k) * t.size + a[1] + dc * k];
  return s;
}

/**
 * Reads each located word off the grid itself (any straight line whose letters spell the word is
 * right, either end first). parts.words = share of listed words located correctly.
 */
export const wordsearchVerifier: VerifierDefinition<WordsearchTruth> = {
  name: 'wordsearch',
  describe: 'word search: each listed word located by its end cells; the letters between them must spell it',
  tasks: ['wordsearch'],
  checkTruth,
  judge(answer, t) {
    let found: Map<string, [Cell, Cell]>;
    try {
      found = parseLines(answer, t);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { words: 0 } };
      throw e;
    }
    const wrong: string[] = [];
    let right = 0;
    for (const { word } of t.placements) {
      const at = found.get(word);
      const line = at && lineText(t, at[0], at[1]);
      if (line === word || (line && [...line].reverse().join('') === word)) right++;
      else wrong.push(word);
    }
    const parts = { words: right / t.placements.length };
    const parsed = Object.fromEntries([...found].map(([w, [a, b]]) => [w, [a, b]]));
    if (wrong.length) return { correct: false, reason: `${wrong.slice(0, 3).join(', ')}${wrong.length > 3 ? ' and others' : ''} not located right`, parts, partial: parts.words, parsed };
    return { correct: true, reason: `all ${t.placements.length} words located`, parts, parsed };
  },
};
