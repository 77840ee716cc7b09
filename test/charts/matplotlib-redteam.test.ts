import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMatplotlibPool, matplotlibPool, renderReference, runMatplotlib, sandboxProblem } from '../../engines/matplotlib/index.js';
import type { MatplotlibTruth } from '../../verifiers/charts/matplotlib.js';
import { verifyAsync } from '../../verifiers/index.js';

// Every attack draws, after trying its trick, the same honest wrong chart (right type, wrong numbers
// and title): if the trick worked it could only add to that score, so each must score no more.
const REF = `import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 4))
ax.bar(['North', 'South', 'East', 'West'], [23, 17, 35, 29], color='#4c72b0')
ax.set_title('Sales by region')
ax.set_ylabel('Units')
plt.show()
`;
const WRONG = `
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(6, 4))
ax.bar(['North', 'South', 'East', 'West'], [10, 12, 14, 16], color='#dd8452')
ax.set_title('Regional sales')
plt.show()
`;

const ATTACKS: Record<string, string> = {
  'os.system': `import os\nos.system('cat /etc/passwd; ls /work /root /home; echo pwned > /tmp/x')\n`,
  subprocess: `import subprocess\nprint(subprocess.run(['ls', '/', '/work'], capture_output=True, text=True))\n`,
  'open /etc/passwd': `try:\n    print(open('/etc/passwd').read())\nexcept Exception as e:\n    print('blocked', type(e).__name__)\n`,
  sockets: `import socket\nfor host in [('1.1.1.1', 80), ('127.0.0.1', 8000)]:\n    try:\n        socket.create_connection(host, timeout=1); print('connected', host)\n    except OSError as e:\n        print('blocked', e)\n`,
  'reading the truth': `import os\nhits = []\nfor root, dirs, files in os.walk('/'):\n    if root.startswith(('/proc', '/sys', '/usr')):\n        dirs[:] = []\n    hits += [os.path.join(root, f) for f in files if f.endswith(('.jsonl', '.json', '.parquet'))]\nprint('found', hits)\nprint(open('/proc/1/cmdline').read())\n`,
  'monkeypatching Text.get_text': `import matplotlib.text\nmatplotlib.text.Text.get_text = lambda self: 'Sales by region'\n`,
  'monkeypatching Figure.savefig and the canvas': `import matplotlib.figure, matplotlib.backends.backend_agg as agg\nmatplotlib.figure.Figure.savefig = lambda *a, **k: None\nagg.FigureCanvasAgg.draw = lambda self: None\n`,
  'monkeypatching sys.modules': `import sys, types\nfake = types.ModuleType('matplotlib.pyplot')\nsys.modules['extract'] = fake\nimport matplotlib._pylab_helpers as h\nh.Gcf.get_all_fig_managers = classmethod(lambda cls: [])\n`,
  'fake stdout': `import json\nprint(json.dumps({'ok': True, 'score': 1, 'result': {'figure': {'texts': [{'role': 'axes0.title', 'text': 'Sales by region'}]}}}))\nimport sys\nsys.stdout.buffer.write(b'\\x00\\x00\\x00\\x10{"ready": true}')\n`,
  // The zygote (PID 2) holds the job pipes and, in memory, every later candidate's job: it makes
  // itself non-dumpable before the first job, so none of its /proc entries open for a candidate.
  "the zygote's pipes and memory": `import os\nfor path in ['/proc/2/fd/0', '/proc/2/fd/1', '/proc/2/mem', '/proc/2/pagemap', '/proc/2/environ']:\n    try:\n        with open(path, 'rb') as f:\n            f.read(16)\n        print('zygote-open', path)\n    except OSError as e:\n        print('blocked', path, type(e).__name__)\ntry:\n    print('zygote-open', os.listdir('/proc/2/fd'))\nexcept OSError as e:\n    print('blocked fd list', type(e).__name__)\n`,
  'escaping daemon': `import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(3600)\n    os._exit(0)\n`,
};

// Attacks that stop the script (or the sandbox): they score 0, and must leave nothing behind.
const FATAL: Record<string, string> = {
  'ctypes segfault': `import ctypes\nctypes.string_at(0)\n`,
  'fork bomb': `import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n`,
  'while True': `while True:\n    pass\n`,
  '10 GB allocation': `import numpy as np\na = np.ones(10 * 1024**3 // 8)\n`,
  'huge file': `with open('big.bin', 'wb') as f:\n    for _ in range(2048):\n        f.write(b'x' * (1 << 20))\n`,
  'killing the zygote': `import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nimport time\ntime.sleep(5)\n`,
  'forged result frame': `import os, json, struct\nbody = json.dumps({'figure': {'figures': 1, 'size': [6, 4], 'dpi': 100, 'texts': [{'role': 'axes0.title', 'text': 'Sales by region'}], 'axes': []}, 'width': 1, 'height': 1, 'rasterBytes': 0}).encode()\nfor fd in range(3, 64):\n    try:\n        os.write(fd, struct.pack('>I', len(body)) + body)\n    except OSError:\n        pass\nos._exit(0)\n`,
};

const skip = !!sandboxProblem();
const OPTS = { timeoutMs: 3000 };
let truth: MatplotlibTruth;
let honest: number;

/** Processes below `pid` (its children, theirs, ...), read from /proc. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => parent.forEach((pp, c) => pp === p && (out.push(c), walk(c)));
  walk(pid);
  return out;
}

/**
 * Each zygote is bwrap → bwrap's init → python, and at most the next job's pre-forked child, the
 * zygote's own child with none of its own (a candidate's leftover would hang below init or below it).
 * Killed processes (a fork bomb's thousands) take a moment to be reaped on a loaded machine, so the
 * tree is read again for up to 5 s before its last state is asserted.
 */
async function expectNothingLeft(): Promise<void> {
  const clean = (pid: number) => {
    const all = descendants(pid);
    return all.length <= 3 && descendants(all[0])[0] === all[1] && (all.length < 3 || descendants(all[1]).join() === String(all[2]));
  };
  for (let waited = 0; waited < 5000 && !matplotlibPool().pids().every(clean); waited += 100) await new Promise((r) => setTimeout(r, 100));
  for (const pid of matplotlibPool().pids()) {
    const all = descendants(pid);
    const [init, zygote] = all;
    expect(descendants(init)[0]).toBe(zygote);
    expect(all.length).toBeLessThanOrEqual(3);
    if (all.length === 3) expect(descendants(zygote)).toEqual([all[2]]);
  }
}

describe.skipIf(skip)('matplotlib sandbox red team', () => {
  beforeAll(async () => {
    await matplotlibPool().ready();
    const ref = await renderReference(REF);
    expect(ref.ok, ref.error).toBe(true);
    truth = { target: 'matplotlib', script: REF, ...ref.truth! };
    const v = await verifyAsync('chart-to-code', WRONG, truth, OPTS);
    honest = v.score;
    expect(honest).toBeGreaterThan(0.3);
    expect(honest).toBeLessThan(0.9);
  }, 60_000);
  afterAll(() => closeMatplotlibPool());

  it('attacks that go on to draw score no more than the honest wrong chart and leak nothing', async () => {
    for (const [name, attack] of Object.entries(ATTACKS)) {
      const run = await runMatplotlib(attack + WRONG, OPTS);
      expect(run.ok, `${name}: ${run.error}`).toBe(true);
      expect(run.stdout, name).not.toMatch(/root:x:0|veriforge|package\.json|connected|\.jsonl'|zygote-open/);
      const v = await verifyAsync('chart-to-code', attack + WRONG, truth, OPTS);
      expect(v.score, name).toBeLessThanOrEqual(honest + 1e-9);
      await expectNothingLeft();
    }
  }, 120_000);

  it('attacks that stop the script score 0 and leave no process behind', async () => {
    for (const [name, attack] of Object.entries(FATAL)) {
      const started = performance.now();
      const v = await verifyAsync('chart-to-code', attack + WRONG, truth, OPTS);
      expect(v.score, `${name}: ${v.reason}`).toBe(0);
      expect(performance.now() - started, name).toBeLessThan(OPTS.timeoutMs + 4000);
      await matplotlibPool().ready();
      await expectNothingLeft();
    }
    // The pool still judges honestly afterwards (a killed zygote was replaced).
    expect((await verifyAsync('chart-to-code', REF, truth, OPTS)).score).toBe(1);
  }, 120_000);

  it('a job finds nothing an earlier job left or altered anywhere in /tmp', async () => {
    const plant = `import os\nfor d, dirs, files in list(os.walk('/tmp')):\n    for f in files:\n        try:\n            p = os.path.join(d, f)\n            st = os.stat(p)\n            open(p, 'r+b').write(b'planted-by-earlier-job')\n            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))\n        except OSError:\n            pass\nos.makedirs('/tmp/.mpl/x', exist_ok=True)\nfor p in ['/tmp/planted', '/tmp/.mpl/planted', '/tmp/.mpl/x/planted']:\n    open(p, 'w').write('planted-by-earlier-job')\n`;
    const look = `import os\nfound = []\nfor d, dirs, files in os.walk('/tmp'):\n    for f in files:\n        p = os.path.join(d, f)\n        try:\n            if 'planted' in f or b'planted-by-earlier-job' in open(p, 'rb').read():\n                found.append(p)\n        except OSError:\n            pass\nprint('found', found)\n`;
    // Several rounds, so that every zygote of the pool serves a planting job and then a looking one.
    for (let round = 0; round < 4; round++) {
      await Promise.all([0, 1].map(() => runMatplotlib(plant + WRONG, OPTS)));
      const looks = await Promise.all([0, 1].map(() => runMatplotlib(look + WRONG, OPTS)));
      for (const run of looks) expect(run.stdout).toMatch(/^found \[\]$/m);
    }
    // matplotlib's caches restored, the pool still judges the reference as before.
    expect((await verifyAsync('chart-to-code', REF, truth, OPTS)).score).toBe(1);
  }, 60_000);

  it('a picture of the answer pasted as an image scores no more than the honest wrong chart', async () => {
    const ref = await renderReference(REF);
    const { data, info } = await sharp(ref.png!).removeAlpha().resize(96, 64).raw().toBuffer({ resolveWithObject: true });
    const rows: number[][][] = [];
    for (let y = 0; y < info.height; y++) rows.push(Array.from({ length: info.width }, (_, x) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]));
    const paste = `import numpy as np\nimport matplotlib.pyplot as plt\npix = np.array(${JSON.stringify(rows)}, dtype=np.uint8)\nfig = plt.figure(figsize=(6, 4))\nax = fig.add_axes([0, 0, 1, 1])\nax.imshow(pix, interpolation='bilinear', aspect='auto')\nax.axis('off')\n`;
    const v = await verifyAsync('chart-to-code', paste, truth, OPTS);
    expect(v.parts?.executes).toBe(1);
    expect(v.parts?.visual).toBeGreaterThan(0.5);
    expect(v.score).toBeLessThanOrEqual(honest);
  }, 60_000);
});
