// `veriforge chart import`: a folder of scripts (saving, showing, neither, failing) becomes a normal
// chart-to-code dataset whose answers are the scripts and whose truths judge them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChartScripts, listScripts } from '../../datasets/chart-import.js';
import { closeMatplotlibPool } from '../../engines/matplotlib/index.js';
import { verifyAsync } from '../../verifiers/index.js';

const SCRIPTS: Record<string, string> = {
  'a_savefig.py': "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(5, 3.5))\nax.bar(['a', 'b', 'c'], [3, 5, 2], color='#4c78a8')\nax.set_title('Saved')\nplt.savefig('out/figure.png', dpi=150, bbox_inches='tight')\n",
  'b_show.py': "import matplotlib.pyplot as plt\nimport numpy as np\nx = np.linspace(0, 10, 50)\nplt.plot(x, np.sin(x), label='sin')\nplt.legend()\nplt.title('Shown')\nplt.show()\n",
  'nested/c_neither.py': "import matplotlib.pyplot as plt\nplt.pie([30, 50, 20], labels=['x', 'y', 'z'])\nplt.title('Neither')\n",
  'd_missing_file.py': "import pandas as pd\ndf = pd.read_csv('sales.csv')\ndf.plot()\n",
  'e_syntax.py': 'import matplotlib.pyplot as plt\nplt.plot([1, 2]\n',
  'notes.txt': 'not a script',
};

let dir: string;
let out: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vf-import-src-'));
  out = join(mkdtempSync(join(tmpdir(), 'vf-import-out-')), 'set');
  for (const [p, text] of Object.entries(SCRIPTS)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
});
afterAll(async () => {
  await closeMatplotlibPool();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('chart import', () => {
  it('lists .py files recursively in a stable order', () => {
    expect(listScripts(dir)).toEqual(['a_savefig.py', 'b_show.py', 'd_missing_file.py', 'e_syntax.py', 'nested/c_neither.py']);
  });

  it('imports scripts that save, show or do neither; lists failures with the reason; answers score 1', async () => {
    const seen: number[] = [];
    const s = await importChartScripts({ dir, outDir: out, onProgress: (d) => seen.push(d) });
    expect(s.scripts).toBe(5);
    expect(s.imported).toBe(3);
    expect(seen.at(-1)).toBe(5);
    expect(s.failed).toEqual([
      { path: 'd_missing_file.py', reason: expect.stringMatching(/FileNotFoundError.*sales\.csv/) },
      { path: 'e_syntax.py', reason: expect.stringMatching(/SyntaxError/) },
    ]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.items).toBe(3);
    expect(manifest.import.failed).toHaveLength(2);
    const records = readFileSync(join(out, 'data/part-00000.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.truth.source)).toEqual(['a_savefig.py', 'b_show.py', 'nested/c_neither.py']);
    for (const r of records) {
      expect(r.answer).toBe(SCRIPTS[r.truth.source]);
      expect(readFileSync(join(out, r.images[0].path)).subarray(1, 4).toString()).toBe('PNG');
      const v = await verifyAsync('chart-to-code', `<answer>${r.answer}</answer>`, r.truth);
      expect(v.score, v.reason).toBe(1);
    }
    // The first script's figure was 5 × 3.5 in at 100 dpi (savefig's dpi and bbox apply to files only).
    expect(records[0].images[0]).toMatchObject({ width: 500, height: 350 });
    const wrong = await verifyAsync('chart-to-code', `<answer>${records[0].answer.replace('[3, 5, 2]', '[3, 5, 9]')}</answer>`, records[0].truth);
    expect(wrong.score).toBeLessThan(1);
  }, 120_000);

  it('refuses an existing dataset folder and a folder without scripts', async () => {
    await expect(importChartScripts({ dir, outDir: out })).rejects.toThrow(/already holds a dataset/);
    const empty = mkdtempSync(join(tmpdir(), 'vf-import-empty-'));
    await expect(importChartScripts({ dir: empty, outDir: join(empty, 'o') })).rejects.toThrow(/no \.py files/);
    rmSync(empty, { recursive: true, force: true });
  });

  it('the output exports to verl Parquet like any dataset', () => {
    const file = join(out, '..', 'verl.parquet');
    execFileSync(process.execPath, ['bin/veriforge.mjs', 'export', out, '--format', 'verl', '--out', file], { stdio: 'pipe' });
    expect(readFileSync(file).subarray(0, 4).toString()).toBe('PAR1');
  }, 60_000);
});
