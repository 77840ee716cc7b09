// TRL's GRPOTrainer reward functions (integrations/trl_reward.py) and verl's compute_score, run by
// Debian's python3 against a real `veriforge serve --reward-spec` process, with fixed completions.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
let child: ChildProcess;
let url: string;

const SPEC = `
weights: {accuracy: 0.9, format: 0.1}
format: {think: required}
length: {weight: 0.5, unit: words, target: 20, tolerance: 5, falloff: 25, shape: linear}
clip: [0, 1]
`;

beforeAll(async () => {
  const spec = join(mkdtempSync(join(tmpdir(), 'vf-trl-')), 'spec.yaml');
  writeFileSync(spec, SPEC);
  child = spawn('node', [join(ROOT, 'bin/veriforge.mjs'), 'serve', '--port', '0', '--workers', '1', '--reward-spec', spec], { stdio: ['ignore', 'ignore', 'pipe'] });
  url = await new Promise<string>((res, rej) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d;
      const m = err.match(/veriforge serve: (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) res(m[1]);
    });
    child.on('exit', (code) => rej(new Error(`serve exited with ${code}: ${err}`)));
  });
}, 120_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

async function python(code: string, env: Record<string, string> = {}): Promise<any> {
  const { stdout } = await promisify(execFile)('python3', ['-c', code], { env: { ...process.env, PYTHONPATH: join(ROOT, 'integrations'), VERIFORGE_REWARD_URL: url, ...env }, timeout: 60_000 });
  return JSON.parse(stdout);
}

const steps = Array(35).fill('step').join(' ');
const COMPLETIONS = ['<think>six times seven</think><answer>42</answer>', '<answer>42</answer>', `<think>${steps}</think><answer>42</answer>`, '<think>guess</think><answer>41</answer>'];
const LABEL = JSON.stringify({ task: 'external', truth: { answers: ['42'] } });

describe('integrations/trl_reward.py (TRL GRPOTrainer)', () => {
  test('standard and conversational completions, label or task+truth columns, one function per component', async () => {
    const out = await python(`
import json, os
from trl_reward import veriforge_reward, reward_functions, VeriforgeReward, labels_from_columns
c = json.loads(os.environ["COMPLETIONS"]); label = os.environ["LABEL"]; n = len(c)
prompts = ["What is six times seven?"] * n
conv = [[{"role": "assistant", "content": x}] for x in c]
parts = [[{"role": "assistant", "content": [{"type": "text", "text": x[:7]}, {"type": "text", "text": x[7:]}]}] for x in c]
truth = json.dumps({"answers": ["42"]})
acc, fmt, length = reward_functions(["accuracy", "format", "length"])
small = VeriforgeReward("score", batch_size=3)
print(json.dumps({
  "name": veriforge_reward.__name__,
  "plain": veriforge_reward(prompts=prompts, completions=c, label=[label] * n),
  "conversational": veriforge_reward(prompts=prompts, completions=conv, label=[label] * n),
  "parts": veriforge_reward(prompts=prompts, completions=parts, label=[label] * n),
  "hf_columns": veriforge_reward(prompts=prompts, completions=c, task=["external"] * n, truth=[truth] * n, level=[1] * n),
  "batched": small(prompts=prompts * 2, completions=c * 2, label=[label] * 2 * n),
  "components": [f(prompts=prompts, completions=c, label=[label] * n) for f in (acc, fmt, length)],
  "names": [f.__name__ for f in (acc, fmt, length)],
  "hf_labels": [json.loads(l) for l in labels_from_columns(2, {"task": ["maze"] * 2, "truth": [truth] * 2, "evidence": [
    [{"id": "a", "image": 0, "box": [1.0, 2.0, 3.0, 4.0]}, {"id": "b", "image": 1, "box": [5.0, 6.0, 7.0, 8.0]}], []]})],
}))`, { COMPLETIONS: JSON.stringify(COMPLETIONS), LABEL });
    const rewards = [1, 0.9, 0.8, 0.1];
    expect(out).toEqual({
      name: 'veriforge_score',
      plain: rewards,
      conversational: rewards,
      parts: rewards,
      hf_columns: rewards,
      batched: [...rewards, ...rewards],
      components: [[1, 1, 1, 0], [1, 0, 1, 1], [1, 1, 0.6, 1]],
      names: ['veriforge_accuracy', 'veriforge_format', 'veriforge_length'],
      // The hf export's evidence column: only boxes on the first image reach the label (a <box> names no image).
      hf_labels: [{ task: 'maze', truth: { answers: ['42'] }, evidence: [[1, 2, 3, 4]] }, { task: 'maze', truth: { answers: ['42'] } }],
    });
  });

  test('retries a 503, gives up on a timeout and on a dead server with a clear error, names missing columns', async () => {
    const out = await python(`
import json, threading, time
from http.server import BaseHTTPRequestHandler, HTTPServer
from trl_reward import VeriforgeReward, RewardServerError
hits = []
class Flaky(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_POST(self):
        self.rfile.read(int(self.headers["content-length"]))
        hits.append(self.path)
        if self.path.startswith("/slow"):
            time.sleep(2)
        status, body = (503, b'{"error":"busy"}') if len(hits) == 1 else (200, b'{"rewards":[0.5],"extra_logs":{}}')
        self.send_response(status); self.send_header("content-length", str(len(body))); self.end_headers(); self.wfile.write(body)
srv = HTTPServer(("127.0.0.1", 0), Flaky); threading.Thread(target=srv.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{srv.server_port}"
label = json.dumps({"task": "external", "truth": {"answers": ["1"]}})
retried = VeriforgeReward(url=base, retries=2)(prompts=["p"], completions=["x"], label=[label])
errors = []
for f in (VeriforgeReward(url=base + "/slow", timeout=0.5, retries=0), VeriforgeReward(url="http://127.0.0.1:9", retries=1)):
    try: f(prompts=["p"], completions=["x"], label=[label])
    except RewardServerError as e: errors.append(str(e))
try: VeriforgeReward(url=base)(prompts=["p"], completions=["x"], answer=["1"])
except KeyError as e: errors.append(str(e))
print(json.dumps({"retried": retried, "hits": hits[:2], "errors": errors}))`);
    expect(out.retried).toEqual([0.5]);
    expect(out.hits).toEqual(['/get_reward', '/get_reward']);
    expect(out.errors[0]).toMatch(/\/slow\/get_reward: .*timed out \(after 1 tries\)/);
    expect(out.errors[1]).toMatch(/127\.0\.0\.1:9\/get_reward: ConnectionRefusedError.* \(after 2 tries\); is `npx veriforge serve` running\?/);
    expect(out.errors[2]).toMatch(/needs a 'label' column .* got columns \['answer'\]/);
  }, 30_000);
});

describe('integrations/verl_reward.py with a reward spec', () => {
  test('compute_score returns a dict: "score" and every component; levels travel from extra_info', async () => {
    const out = await python(`
import json, os
import verl_reward as v
c = json.loads(os.environ["COMPLETIONS"]); label = os.environ["LABEL"]
print(json.dumps({"one": v.compute_score("veriforge/external", c[2], label, {"level": 3}),
                  "batch": v.compute_score_batch(["d"] * 2, c[:2], [label] * 2, [{"level": 1}, None])}))`, { COMPLETIONS: JSON.stringify(COMPLETIONS), LABEL });
    expect(out.one).toEqual({ score: 0.8, correct: 1, format: 1, verifier: 1, accuracy: 1, length: 0.6 });
    expect(out.batch).toEqual([
      { score: 1, correct: 1, format: 1, verifier: 1, accuracy: 1, length: 1 },
      { score: 0.9, correct: 1, format: 0, verifier: 1, accuracy: 1, length: 1 },
    ]);
  });
});

describe('integrations/verl_interaction.py (verl multi-turn Interaction)', () => {
  test('a wrong answer gets feedback and another try, a right one ends the conversation; turn rewards from the server', async () => {
    const out = await python(`
import asyncio, json, os
from verl_interaction import VeriforgeInteraction
label = os.environ["LABEL"]
q = {"role": "user", "content": "What is six times seven?"}
wrong = {"role": "assistant", "content": "<think>guess</think><answer>41</answer>"}
right = {"role": "assistant", "content": [{"type": "text", "text": "<think>six times seven</think><answer>42</answer>"}]}
async def main():
    it = VeriforgeInteraction({"name": "veriforge", "max_turns": 2})
    iid = await it.start_interaction("r1", ground_truth=label, name="veriforge")
    first = await it.generate_response(iid, [q, wrong], name="veriforge")
    second = await it.generate_response(iid, [q, wrong, {"role": "user", "content": first[1]}, right])
    score = await it.calculate_score(iid)
    await it.finalize_interaction(iid)
    j = await it.start_interaction(None, ground_truth=label)
    await it.generate_response(j, [q, wrong])
    out_of_tries = await it.generate_response(j, [q, wrong])
    why = VeriforgeInteraction({"feedback": "reason"})
    k = await why.start_interaction("r3", ground_truth=label)
    with_reason = await why.generate_response(k, [q, wrong])
    reason = why._client.judge(["<think>guess</think><answer>41</answer>"], [label], [None])["reasons"][0]
    errors = []
    for bad in ({"feedback": "answer"}, {"max_turns": 0}):
        try: VeriforgeInteraction(bad)
        except ValueError as e: errors.append(str(e))
    try: await it.start_interaction("r4")
    except ValueError as e: errors.append(str(e))
    return {"first": first, "second": second, "score": score, "after": await it.calculate_score(iid),
            "out_of_tries": out_of_tries[:3], "with_reason": with_reason[1], "reason": reason, "errors": errors}
print(json.dumps(asyncio.run(main())))`, { LABEL });
    expect(out.first.slice(0, 3)).toEqual([false, 'Not correct. Look at the image again and give your final answer once more.', 0.1]);
    expect(out.first[3]).toMatchObject({ correct: 0, format: 1, accuracy: 0 });
    expect(out.second.slice(0, 3)).toEqual([true, 'Correct.', 1]);
    expect([out.score, out.after]).toEqual([1, 0]);
    expect(out.out_of_tries).toEqual([true, 'Not correct. No tries left.', 0.1]);
    // verl appends the replies to the response the final reward reads: no answer tags, no digits.
    for (const reply of [out.first[1], out.out_of_tries[1]]) expect(reply).not.toMatch(/<\/?answer>|\d/);
    expect(out.reason.length).toBeGreaterThan(0);
    expect(out.with_reason).toBe(`Not correct (${out.reason.replace(/<\/?\s*answer\s*>|\\boxed/gi, '')}). Look at the image again and give your final answer once more.`);
    expect(out.errors).toEqual([
      "feedback: got 'answer'; allowed: verdict, reason",
      'max_turns: got 0; allowed: 1 or more',
      expect.stringContaining("interaction_kwargs needs 'ground_truth'"),
    ]);
  });
});
