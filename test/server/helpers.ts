import type { DatasetRecord } from '../../datasets/record.js';
import { makeLabel } from '../../verifiers/label.js';

export const label = (r: DatasetRecord) => makeLabel(r.task, r.truth);

/** A wrong answer of the right shape: for a grid, two differing cells swapped; for moves, reversed. */
export function wrongAnswer(r: DatasetRecord): string {
  const a = r.answer;
  if (r.task === 'sudoku') {
    const i = a.search(/\d/);
    const j = [...a].findIndex((c, k) => k > i && /\d/.test(c) && c !== a[i]);
    return a.slice(0, i) + a[j] + a.slice(i + 1, j) + a[i] + a.slice(j + 1);
  }
  return [...a].reverse().join('');
}

export async function post(url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
