// Runs the Dockerfile's build steps without Docker (no Docker engine on our machines), as honestly as
// we can: a fresh Debian bookworm root made by debootstrap stands in for the base image, each RUN runs
// in it under bubblewrap with the Dockerfile's ENV and WORKDIR, COPY copies from this checkout minus
// .dockerignore; then, as the image's non-root user, the ENTRYPOINT lists the tasks, `serve` (the
// default CMD) starts as PID 1 of its own PID namespace and the HEALTHCHECK command asks its /health.
//   npx tsx deploy/docker/try-build.ts [--root /var/tmp/veriforge-rootfs] [--fresh (remake the base)]
// Needs root, debootstrap and bubblewrap (scripts/setup.mjs installs them) and Debian's mirror.
// What differs from `docker build`: the base is debootstrap's bookworm plus this machine's Node 20
// binary and npm copied to /usr/local (where the node:20-bookworm-slim image has them), not the
// image itself; layers are not cached; the network and the CA bundle npm trusts are the host's.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { root: { type: 'string', default: '/var/tmp/veriforge-rootfs' }, fresh: { type: 'boolean', default: false } } });
const rootfs = values.root!;
const HOST_CA = '/etc/ssl/certs/ca-certificates.crt';
const t0 = performance.now();
const log = (msg: string) => process.stdout.write(`${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s  ${msg}\n`);

interface Step { op: string; arg: string; line: number }

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function parseDockerfile(text: string): Step[] {
  const steps: Step[] = [];
  let buf = '';
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!buf && (line === '' || line.startsWith('#'))) return;
    if (!buf) start = i + 1;
    if (line.endsWith('\\')) {
      buf += `${line.slice(0, -1)} `;
      return;
    }
    buf += line;
    const m = /^(\w+)\s+([\s\S]*)$/.exec(buf);
    if (!m) throw new Error(`Dockerfile line ${start}: cannot read "${buf}"`);
    steps.push({ op: m[1].toUpperCase(), arg: m[2], line: start });
    buf = '';
  });
  return steps;
}

/** `KEY=value KEY2="v 2"` pairs of an ENV line. */
const envPairs = (arg: string) => [...arg.matchAll(/(\w+)=("([^"]*)"|\S+)/g)].map((m) => [m[1], m[3] ?? m[2]] as const);

/** Files of the build context: the checkout minus .dockerignore's entries (names or paths, no globs but *.ext). */
function contextFiles(): string[] {
  const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));
  const skip = (rel: string) => ignore.some((p) => (p.startsWith('*.') ? rel.endsWith(p.slice(1)) : rel === p || rel.startsWith(`${p}/`)));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const rel = relative(ROOT, join(dir, e.name));
      if (skip(rel)) continue;
      if (e.isDirectory()) walk(join(dir, e.name));
      else out.push(rel);
    }
  };
  walk(ROOT);
  return out;
}

function bwrapArgs(env: Map<string, string>, workdir: string, extra: string[] = []): string[] {
  const args = ['--bind', rootfs, '/', '--proc', '/proc', '--dev', '/dev', '--perms', '1777', '--tmpfs', '/tmp', '--ro-bind', '/etc/resolv.conf', '/etc/resolv.conf', '--die-with-parent', '--clearenv'];
  // The host's CA bundle, for hosts whose registry traffic passes a TLS proxy with its own CA.
  if (existsSync(HOST_CA)) args.push('--ro-bind', HOST_CA, '/etc/veriforge-host-ca.crt', '--setenv', 'NPM_CONFIG_CAFILE', '/etc/veriforge-host-ca.crt');
  for (const [k, v] of env) args.push('--setenv', k, v);
  args.push('--chdir', workdir, ...extra);
  return args;
}

function sh(env: Map<string, string>, workdir: string, command: string, user?: number) {
  const asUser = user === undefined ? [] : ['setpriv', `--reuid=${user}`, `--regid=${user}`, '--clear-groups', '--'];
  const r = spawnSync('bwrap', [...bwrapArgs(env, workdir), ...asUser, '/bin/sh', '-c', command], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${command}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return r.stdout;
}

if (process.getuid?.() !== 0) throw new Error('run as root (debootstrap and bubblewrap binds)');
// The base (debootstrap + Node) is made once and kept in <root>.base; every run builds on a fresh
// copy of it, as every `docker build` starts from the base image, so RUN steps need not be idempotent.
const base = `${rootfs}.base`;
if (values.fresh) rmSync(base, { recursive: true, force: true });
if (!existsSync(join(base, 'usr/local/bin/node'))) {
  rmSync(base, { recursive: true, force: true });
  log(`debootstrap bookworm (minbase) into ${base}`);
  mkdirSync(base, { recursive: true });
  execFileSync('debootstrap', ['--variant=minbase', 'bookworm', base, 'http://deb.debian.org/debian'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Stand-in for node:20-bookworm-slim: this machine's Node 20 and npm where that image has them.
  log(`base: Node ${process.version} and npm copied to /usr/local (as in node:20-bookworm-slim)`);
  const npmDir = join(dirname(dirname(process.execPath)), 'lib/node_modules/npm');
  cpSync(npmDir, join(base, 'usr/local/lib/node_modules/npm'), { recursive: true });
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', join(base, 'usr/local/bin/npm'));
  symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', join(base, 'usr/local/bin/npx'));
  cpSync(process.execPath, join(base, 'usr/local/bin/node'));
}
rmSync(rootfs, { recursive: true, force: true });
execFileSync('cp', ['-a', base, rootfs]);

const steps = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const env = new Map<string, string>([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ['HOME', '/root']]);
let workdir = '/';
let user: number | undefined;
let entrypoint: string[] = [];
let cmd: string[] = [];
let health: string[] = [];
for (const s of steps) {
  switch (s.op) {
    case 'FROM':
      if (s.arg !== 'node:20-bookworm-slim') throw new Error(`line ${s.line}: this check stands in only for node:20-bookworm-slim, not ${s.arg}`);
      break;
    case 'ENV':
      for (const [k, v] of envPairs(s.arg)) env.set(k, v);
      break;
    case 'WORKDIR':
      workdir = s.arg;
      mkdirSync(join(rootfs, workdir), { recursive: true });
      break;
    case 'COPY': {
      const parts = s.arg.split(/\s+/);
      const dest = parts.pop()!;
      const destAbs = join(rootfs, dest.startsWith('/') ? dest : join(workdir, dest));
      const files = parts.includes('.') ? contextFiles() : parts;
      for (const f of files) {
        const to = parts.includes('.') || dest.endsWith('/') || files.length > 1 ? join(destAbs, parts.includes('.') ? f : f.split('/').pop()!) : destAbs;
        mkdirSync(dirname(to), { recursive: true });
        cpSync(join(ROOT, f), to, { recursive: true });
      }
      log(`COPY ${s.arg} (${files.length} files)`);
      break;
    }
    case 'RUN': {
      const t = performance.now();
      sh(env, workdir, s.arg, user);
      log(`RUN ${s.arg.slice(0, 90)}${s.arg.length > 90 ? '…' : ''} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
      break;
    }
    case 'USER':
      user = Number(s.arg);
      break;
    case 'ENTRYPOINT':
      entrypoint = JSON.parse(s.arg);
      break;
    case 'CMD':
      cmd = JSON.parse(s.arg);
      break;
    case 'HEALTHCHECK':
      health = JSON.parse(s.arg.slice(s.arg.indexOf('CMD') + 3).trim());
      break;
    case 'EXPOSE':
      break;
    default:
      throw new Error(`line ${s.line}: ${s.op} is not handled by this check`);
  }
}

const q = (a: string[]) => a.map((x) => `'${x.replace(/'/g, `'\\''`)}'`).join(' ');
const tasks = sh(env, workdir, `${q(entrypoint)} tasks`, user);
log(`ENTRYPOINT tasks as uid ${user}: ${tasks.split('\n').filter((l) => /^\S/.test(l)).length} lines`);

// The default CMD as PID 1 of a new PID namespace (as in a container), then HEALTHCHECK inside it.
const asUser = user === undefined ? [] : ['setpriv', `--reuid=${user}`, `--regid=${user}`, '--clear-groups', '--'];
const server = spawn('bwrap', [...bwrapArgs(env, workdir, ['--unshare-pid', '--as-pid-1', '--info-fd', '3']), ...asUser, ...entrypoint, ...cmd], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
let info = '';
server.stdio[3]!.on('data', (d: Buffer) => (info += d.toString()));
let serverLog = '';
server.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
try {
  const started = performance.now();
  while (!serverLog.includes('veriforge serve:')) {
    if (server.exitCode !== null || performance.now() - started > 300_000) throw new Error(`serve did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = JSON.parse(info)['child-pid'];
  const hc = spawnSync('nsenter', ['-t', String(pid), '-p', '-m', '-r', '-w', ...asUser, ...health], { encoding: 'utf8', env: Object.fromEntries(env) });
  log(`serve started (${serverLog.trim().split('\n').pop()}); HEALTHCHECK exit ${hc.status}${hc.stderr ? `: ${hc.stderr.trim()}` : ''}`);
  if (hc.status !== 0) process.exitCode = 1;
} finally {
  // bwrap does not forward signals to the PID-1 child: stop `serve` itself (its SIGTERM handler closes
  // the server), then make sure bwrap is gone.
  const child = info ? Number(JSON.parse(info)['child-pid']) : 0;
  if (child) {
    try {
      process.kill(child, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const exited = new Promise((r) => server.once('exit', r));
  if (server.exitCode === null && (await Promise.race([exited, new Promise((r) => setTimeout(() => r('late'), 5000))])) === 'late') server.kill('SIGKILL');
}
log(process.exitCode ? 'FAILED' : 'every Dockerfile step ran and the image answers its health check');
