import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { VeriforgeError } from '../../core/errors.js';
import { verify } from '../../verifiers/index.js';
import type { ItemInfo } from './items.js';

/** Successes and trials of one policy on one item (scores in [0, 1] count as fractional successes). */
export interface Tally {
  id: string;
  policy: string;
  successes: number;
  trials: number;
}

type Row = Record<string, unknown>;

function outcome(row: Row, item: ItemInfo, where: string): number {
  if (row.correct !== undefined && row.correct !== '') {
    const c = row.correct;
    if (c === true || c === 1 || c === '1' || c === 'true') return 1;
    if (c === false || c === 0 || c === '0' || c === 'false') return 0;
    throw new VeriforgeError(`${where}: correct must be true/false or 1/0, got ${JSON.stringify(c)}`);
  }
  if (row.score !== undefined && row.score !== '') {
    const s = Number(row.score);
    if (!(s >= 0 && s <= 1)) throw new VeriforgeError(`${where}: score must be a number from 0 to 1, got ${JSON.stringify(row.score)}`);
    return s;
  }
  if (typeof row.response === 'string') return verify(item.verifier, row.response, item.truth).score;
  throw new VeriforgeError(`${where}: a row needs "correct", "score" or "response"`);
}

async function* rows(path: string): AsyncGenerator<[Row, string]> {
  if (!existsSync(path)) throw new VeriforgeError(`--rollouts ${path}: no such file`);
  if (/\.csv$/i.test(path)) {
    const all: Row[] = [];
    await new Promise<void>((resolve, reject) =>
      // papaparse reads Node streams; the File cast only satisfies its browser-first typings.
      Papa.parse<Row>(createReadStream(path, 'utf8') as unknown as File, {
        header: true,
        skipEmptyLines: true,
        step: (r) => all.push(r.data),
        complete: () => resolve(),
        error: (e) => reject(new VeriforgeError(`--rollouts ${path}: ${e.message}`)),
      }),
    );
    for (let i = 0; i < all.length; i++) yield [all[i], `${path} row ${i + 2}`];
    return;
  }
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      yield [JSON.parse(line) as Row, `${path} line ${n}`];
    } catch (e) {
      throw new VeriforgeError(`${path} line ${n}: not valid JSON (${(e as Error).message})`);
    }
  }
}

/**
 * Reads rollouts (JSONL, or CSV by extension): rows `{id, policy?, correct | score | response, source?}`,
 * several per item (`difficulty convert` makes them from verl and OpenRLHF logs; `source: "simulated"`
 * marks rows of `difficulty simulate`). Responses are judged by the item's own verifier. Ids not in the dataset are
 * counted and reported, not silently used.
 */
export async function readRollouts(path: string, items: Map<string, ItemInfo>): Promise<{ tallies: Tally[]; rows: number; unknownIds: number; simulated: number }> {
  const acc = new Map<string, Tally>();
  let count = 0;
  let unknownIds = 0;
  let simulated = 0;
  for await (const [row, where] of rows(path)) {
    count++;
    if (row.source === 'simulated') simulated++;
    const id = String(row.id ?? '');
    const item = items.get(id);
    if (!item) {
      if (!id) throw new VeriforgeError(`${where}: "id" is missing`);
      unknownIds++;
      continue;
    }
    const policy = row.policy === undefined || row.policy === '' ? 'default' : String(row.policy);
    const key = `${id}\u0000${policy}`;
    let t = acc.get(key);
    if (!t) acc.set(key, (t = { id, policy, successes: 0, trials: 0 }));
    t.successes += outcome(row, item, where);
    t.trials++;
  }
  if (!acc.size) throw new VeriforgeError(`--rollouts ${path}: no row matches an item of the dataset (${count} rows read)`);
  return { tallies: [...acc.values()], rows: count, unknownIds, simulated };
}
