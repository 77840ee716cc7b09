import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMatplotlibPool, matplotlibPool, renderReference, sandboxProblem } from '../../engines/matplotlib/index.js';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app.js';
import { VerifierPool } from '../../server/pool.js';
import type { MatplotlibTruth } from '../../verifiers/charts/matplotlib.js';
import { verifyAsync } from '../../verifiers/index.js';
import { makeLabel } from '../../verifiers/label.js';
import { post } from './helpers.js';

// The reward server judges matplotlib chart-to-code items by running the candidate in its workers'
// sandboxes: the same reward as the library call, a wrong script low with its reason, nothing left running.
const REF = `import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 4))
ax.bar(['North', 'South', 'East', 'West'], [12, 7, 15, 9], color='#4c72b0')
ax.set_title('Sales by region')
ax.set_ylabel('Units')
plt.savefig('chart.png')
`;
const fence = (code: string) => `The script:\n\`\`\`python\n${code}\`\`\``;
const RIGHT = fence(REF);
// Another value and another colour: the chart a careless model writes.
const WRONG = fence(REF.replace('15, 9', '5, 9').replace('#4c72b0', '#dd8452'));
const BROKEN = fence("import matplotlib.pyplot as plt\nplt.bar(['North'], [12])\nplt.title(region_title)\n");

/** Live bubblewrap processes started by this process (its worker threads included). */
function bwrapChildren(): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const m = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat);
      if (m && m[1] === 'bwrap' && m[2] !== 'Z' && Number(m[3]) === process.pid) out.push(Number(p));
    } catch {
      /* exited while read */
    }
  }
  return out;
}

async function settle(keep: number[], ms = 5000): Promise<number[]> {
  const deadline = Date.now() + ms;
  let left = bwrapChildren().filter((p) => !keep.includes(p));
  while (left.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    left = bwrapChildren().filter((p) => !keep.includes(p));
  }
  return left;
}

let truth: MatplotlibTruth;
/** The test's own sandboxes (it renders the reference): not the server's. */
let own: number[];
let pool: VerifierPool;
let app: FastifyInstance;
let url: string;

describe.skipIf(!!sandboxProblem())('reward server: matplotlib chart-to-code', () => {
  beforeAll(async () => {
    const ref = await renderReference(REF);
    expect(ref.ok, ref.error).toBe(true);
    truth = { target: 'matplotlib', script: REF, ...ref.truth! };
    own = matplotlibPool().pids();
    pool = new VerifierPool({ workers: 2 });
    app = buildServer({ pool });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await pool?.close();
    await closeMatplotlibPool();
  });

  it('scores a posted script as the library does, a wrong one low with its reason', async () => {
    const responses = [RIGHT, WRONG, BROKEN, RIGHT];
    const items = responses.map((response) => ({ task: 'chart-to-code', truth, response }));
    const { status, body } = await post(`${url}/verify`, { items });
    expect(status).toBe(200);
    const lib = await Promise.all(responses.map((r) => verifyAsync('chart-to-code', r, truth)));
    expect(body.results.map((v: { score: number }) => v.score)).toEqual(lib.map((v) => v.score));
    const [right, wrong, broken] = body.results;
    expect(right).toMatchObject({ score: 1, correct: true, reason: 'equivalent figure' });
    expect(right.parts).toMatchObject({ executes: 1, data: 1, color: 1, visual: 1 });
    expect(wrong.score).toBeLessThan(0.9);
    expect(wrong.correct).toBe(false);
    expect(wrong.reason).toMatch(/^executes 1\.00, text [\d.]+, type 1\.00, layout 1\.00, color 0\.\d\d, data 0\.\d\d, visual 0\.\d\d$/);
    expect(wrong.parts.data).toBeLessThan(1);
    expect(broken).toMatchObject({ score: 0, correct: false });
    expect(broken.reason).toBe("the script does not run: NameError: name 'region_title' is not defined");

    // OpenRLHF's protocol: labels carry task and truth; the same rewards.
    const got = await post(`${url}/get_reward`, { query: responses, labels: responses.map(() => makeLabel('chart-to-code', truth)) });
    expect(got.body.rewards).toEqual(lib.map((v) => v.score));
    expect(got.body.reasons[1]).toBe(wrong.reason);
  }, 120_000);

  it('a script over its time limit scores 0 with the reason; closing mid-run leaves no sandbox behind', async () => {
    const item = (response: string) => ({ where: 'items[0]', responseField: 'response', task: 'chart-to-code', truth, response });
    const [slow] = await pool.run([item(fence('while True:\n    pass\n'))], { timeoutMs: 1500 });
    expect(slow).toMatchObject({ score: 0, correct: false });
    expect(slow.reason).toMatch(/^the script does not run: timed out after 1500 ms/);
    // The same workers and sandboxes judge the next items honestly.
    const after = await pool.run([item(RIGHT), item(RIGHT)], {});
    expect(after.map((v) => v.score)).toEqual([1, 1]);
    // Closed while candidates sleep inside their sandboxes: each worker thread ends and its sandbox with it.
    void pool.run([item(fence('import time\ntime.sleep(60)\n')), item(fence('import time\ntime.sleep(60)\n'))], { timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(bwrapChildren().filter((p) => !own.includes(p))).toHaveLength(2);
    await app.close();
    await pool.close();
    expect(await settle(own)).toEqual([]);
  }, 120_000);
});
