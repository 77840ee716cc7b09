// Geometry and math, on one core: items/s for generate-only and generate+render+PNG per tier, and
// math verifications/s over a realistic mix of response forms.
// Usage: npx tsx bench/geometry.ts [--seconds 3]
import { parseArgs } from 'node:util';
import { resolveParams } from '../core/params.js';
import { deriveSeed, Rng } from '../core/rng.js';
import { scenesOf } from '../core/task.js';
import { geometry } from '../generators/geometry/task.js';
import { closeRenderers, render } from '../renderers/index.js';
import { judgeMath } from '../verifiers/math/index.js';
import { verify } from '../verifiers/index.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' } } });
const budgetMs = Number(values.seconds) * 1000;

/**
 * Calls per second of wall time, and per second of this process's CPU time (all its threads). On a
 * shared, overloaded machine the CPU figure is the one that estimates a free core.
 */
async function measure(fn: (i: number) => unknown | Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await fn(0);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  while (performance.now() - t0 < budgetMs) await fn(++n);
  const c = process.cpuUsage(c0);
  return { wall: n / ((performance.now() - t0) / 1000), cpu: n / ((c.user + c.system) / 1e6) };
}
const show = (r: { wall: number; cpu: number }, digits = 0) => `${r.wall.toFixed(digits)} (cpu ${r.cpu.toFixed(digits)})`;
const rate = measure;

const make = (tier: number, i: number) => geometry.generate(new Rng(deriveSeed('bench', `geometry-${tier}`, i)), resolveParams(geometry.params, { tier }));

console.log(`${values.seconds} s per figure, one process (node ${process.version})`);
console.log('tier  generate/s (per CPU-s)  gen+render+png/s (per CPU-s)  png KB');
for (const tier of [1, 2, 3, 4, 5, 0]) {
  // Tier 0 here means the mix of all tiers, one item of each in turn.
  const at = (i: number) => (tier ? make(tier, i) : make((i % 5) + 1, i));
  const gen = await rate(at);
  let bytes = 0;
  let images = 0;
  const full = await rate(async (i) => {
    bytes += (await render(scenesOf(at(i))[0])).bytes.length;
    images++;
  });
  console.log(`${(tier ? String(tier) : 'mix').padEnd(4)}  ${show(gen).padStart(22)}  ${show(full, 1).padStart(28)}  ${(bytes / images / 1024).toFixed(1).padStart(6)}`);
}

// Responses as models write them: the canonical answer, a LaTeX form, a decimal, a wrong value,
// two answers, prose; one in six of each, judged through the never-throwing wrapper.
const pool = Array.from({ length: 120 }, (_, i) => make((i % 5) + 1, 10_000 + i)).filter((x) => typeof x.truth.value === 'number' && !x.truth.choices);
const latex = (sym: string) => sym.replace(/sqrt\((\d+)\)/g, '\\sqrt{$1}').replace(/pi/g, '\\pi').replace(/\*/g, '');
const responses = pool.flatMap((x) => {
  const v = x.truth.value as number;
  return [
    [`<answer>${x.answer}</answer>`, x.truth],
    [`Thus \\boxed{${latex(x.truth.symbolic!)}}`, x.truth],
    [`<answer>${v.toFixed(3)}</answer>`, x.truth],
    [`<answer>${(v * 1.5).toFixed(2)}</answer>`, x.truth],
    [`<answer>${x.answer} or ${v + 1}</answer>`, x.truth],
    [`The answer is ${x.answer}`, x.truth],
  ] as const;
});
const ver = await rate((i) => {
  const [r, t] = responses[i % responses.length];
  return verify('math', r, t);
});
const plain = ['3*sqrt(2)', '4.24', '\\frac{3\\sqrt{2}}{2}', '3√2 cm', '42.4 mm', '3 or 4'];
const direct = await rate((i) => judgeMath(plain[i % plain.length], { value: 3 * Math.SQRT2, unit: 'cm' }));
console.log(`math verify/s (geometry responses, 6 forms): ${show(ver)}`);
console.log(`judgeMath/s (6 short forms): ${show(direct)}`);
await closeRenderers();
