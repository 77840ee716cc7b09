// The deployment recipes are checked against what they talk to: the Kubernetes API schemas (via
// kubernetes-models' validators, plus its TypeScript types for unknown fields, which the schemas
// allow), our own CLI's flags, the Dockerfile's steps, and bash for the Slurm scripts.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, PersistentVolumeClaim, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';

const ROOT = join(import.meta.dirname, '..', '..');
const K8S = join(ROOT, 'deploy', 'k8s');

/** Model class and its TypeScript interface (module, name) per apiVersion/kind. */
const MODELS: Record<string, { model: new (d: any) => { validate(): void }; types: [string, string] }> = {
  'v1/ConfigMap': { model: ConfigMap, types: ['kubernetes-models/v1', 'IConfigMap'] },
  'v1/PersistentVolumeClaim': { model: PersistentVolumeClaim, types: ['kubernetes-models/v1', 'IPersistentVolumeClaim'] },
  'v1/Service': { model: Service, types: ['kubernetes-models/v1', 'IService'] },
  'apps/v1/Deployment': { model: Deployment, types: ['kubernetes-models/apps/v1', 'IDeployment'] },
  'batch/v1/Job': { model: Job, types: ['kubernetes-models/batch/v1', 'IJob'] },
  'autoscaling/v2/HorizontalPodAutoscaler': { model: HorizontalPodAutoscaler, types: ['kubernetes-models/autoscaling/v2', 'IHorizontalPodAutoscaler'] },
  'policy/v1/PodDisruptionBudget': { model: PodDisruptionBudget, types: ['kubernetes-models/policy/v1', 'IPodDisruptionBudget'] },
};

function load(file: string): any[] {
  return parseAllDocuments(readFileSync(join(K8S, file), 'utf8')).map((d) => {
    if (d.errors.length) throw new Error(`${file}: ${d.errors[0].message}`);
    return d.toJS();
  });
}
const files = readdirSync(K8S).filter((f) => f.endsWith('.yaml'));
const docs = files.flatMap((f) => load(f).map((doc, i) => ({ file: f, i, doc })));
const byName = (kind: string, name: string) => docs.find((d) => d.doc.kind === kind && d.doc.metadata.name === name)!.doc;

/** TypeScript object-literal checks reject the unknown and misspelt fields the schemas let through. */
function typeErrors(items: { file: string; i: number; doc: any }[]): string[] {
  const imports = new Map<string, Set<string>>();
  const lines: string[] = [];
  items.forEach(({ file, i, doc }, n) => {
    const { types } = MODELS[`${doc.apiVersion}/${doc.kind}`];
    imports.set(types[0], (imports.get(types[0]) ?? new Set()).add(types[1]));
    lines.push(`// ${file} #${i}\nexport const d${n}: ${types[1]} = ${JSON.stringify(doc)};`);
  });
  const head = [...imports].map(([m, names]) => `import type { ${[...names].join(', ')} } from '${m}';`).join('\n');
  const path = join(ROOT, 'test', 'deploy', '__manifests__.ts');
  const source = `${head}\n${lines.join('\n')}\n`;
  const options: ts.CompilerOptions = { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (f === path ? source : read(f));
  const exists = host.fileExists.bind(host);
  host.fileExists = (f) => f === path || exists(f);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) => (f === path ? ts.createSourceFile(f, source, lang) : getSource(f, lang, ...rest));
  const program = ts.createProgram([path], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${source.split('\n')[at - 2] ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

/** `--flag` names a veriforge subcommand accepts, from its own --help. */
function flagsOf(command: string): Set<string> {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'veriforge.mjs'), command, '--help'], { encoding: 'utf8' });
  return new Set([...r.stdout.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]));
}
const flagNames = (args: string[]) => args.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]);

describe('Kubernetes manifests', () => {
  it('every document is a known kind that the API schema accepts', () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    for (const { file, i, doc } of docs) {
      const entry = MODELS[`${doc.apiVersion}/${doc.kind}`];
      expect(entry, `${file} #${i}: ${doc.apiVersion} ${doc.kind}`).toBeDefined();
      expect(() => new entry.model(doc).validate(), `${file} #${i} ${doc.kind}`).not.toThrow();
    }
  });

  it('has no field the API does not define (TypeScript types of the same schemas)', () => {
    expect(typeErrors(docs)).toEqual([]);
  });

  it('the type check is not vacuous: a misspelt field and a wrong type are caught', () => {
    const job = structuredClone(byName('Job', 'veriforge-generate'));
    job.spec.completionsMode = 'Indexed';
    const svc = structuredClone(byName('Service', 'veriforge-reward'));
    svc.spec.ports[0].port = '8000';
    const errors = typeErrors([{ file: 'x', i: 0, doc: job }, { file: 'y', i: 0, doc: svc }]);
    expect(errors.join('\n')).toMatch(/completionsMode/);
    expect(errors.join('\n')).toMatch(/string.*number|number.*string/);
  });

  it('the generate Job is Indexed with one pod per shard, and the merge waits for that many shards', () => {
    const job = byName('Job', 'veriforge-generate');
    const c = job.spec.template.spec.containers[0];
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.parallelism).toBe(job.spec.completions);
    expect(c.args).toContain(`--shards=${job.spec.completions}`);
    expect(c.args.find((a: string) => a.startsWith('--out='))).toMatch(/shard-\$\(JOB_COMPLETION_INDEX\)$/);
    expect(c.env.find((e: any) => e.name === 'JOB_COMPLETION_INDEX').valueFrom.fieldRef.fieldPath).toBe("metadata.annotations['batch.kubernetes.io/job-completion-index']");
    const merge = byName('Job', 'veriforge-merge').spec.template.spec;
    expect(merge.initContainers[0].args).toEqual(['/data/mix-v1', String(job.spec.completions)]);
    const mix = JSON.parse(byName('ConfigMap', 'veriforge-mix').data['mix.json']);
    expect(mix.tasks.length).toBeGreaterThan(0);
  });

  it('containers pass only flags our CLI has', () => {
    const gen = byName('Job', 'veriforge-generate').spec.template.spec.containers[0];
    const known = flagsOf('generate');
    for (const f of flagNames(gen.args)) expect(known, f).toContain(f);
    const server = byName('Deployment', 'veriforge-reward').spec.template.spec.containers[0];
    expect(server.args[0]).toBe('serve');
    const serveFlags = flagsOf('serve');
    for (const f of flagNames(server.args)) expect(serveFlags, f).toContain(f);
  });

  it('the reward server is probed on /health and scaled on CPU', () => {
    const pod = byName('Deployment', 'veriforge-reward').spec.template.spec;
    const c = pod.containers[0];
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) expect(c[probe].httpGet.path).toBe('/health');
    expect(c.resources.requests.cpu).toBeDefined();
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const hpa = byName('HorizontalPodAutoscaler', 'veriforge-reward');
    expect(hpa.spec.scaleTargetRef.name).toBe('veriforge-reward');
    expect(hpa.spec.metrics[0].resource.name).toBe('cpu');
  });
});

describe('Dockerfile', () => {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  it('builds on Debian bookworm with Node 20, installs through setup.mjs, runs as a non-root user', () => {
    expect(text).toMatch(/^FROM node:20-bookworm-slim$/m);
    expect(text).toMatch(/RUN node scripts\/setup\.mjs --system-only --omit-dev/);
    expect(text).toMatch(/RUN node scripts\/setup\.mjs --omit-dev/);
    expect(text).toMatch(/^USER 10001$/m);
    expect(text).toMatch(/^HEALTHCHECK .*deploy\/healthcheck\.mjs/m);
    expect(text).toMatch(/^ENTRYPOINT \["node", "\/opt\/veriforge\/bin\/veriforge\.mjs"\]$/m);
  });
});

describe('Slurm scripts', () => {
  it('are valid bash and the array script reads its shard from SLURM_ARRAY_TASK_ID', () => {
    const dir = join(ROOT, 'deploy', 'slurm');
    for (const f of readdirSync(dir)) {
      const r = spawnSync('bash', ['-n', join(dir, f)], { encoding: 'utf8' });
      expect(r.status, `${f}: ${r.stderr}`).toBe(0);
    }
    const gen = readFileSync(join(dir, 'generate.sbatch'), 'utf8');
    expect(gen).toMatch(/^#SBATCH --array=/m);
    expect(gen).toMatch(/shard-\$SLURM_ARRAY_TASK_ID/);
    expect(readFileSync(join(dir, 'submit.sh'), 'utf8')).toMatch(/--dependency="afterok:\$gen"/);
  });
});
