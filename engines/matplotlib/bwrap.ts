import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where bubblewrap and Debian's python3 are looked for (overridable for other layouts). */
export const BWRAP = process.env.VERIFORGE_BWRAP ?? '/usr/bin/bwrap';
export const PYTHON = process.env.VERIFORGE_PYTHON ?? '/usr/bin/python3';
/** The folder holding sandbox.py and extract.py; bound read-only at /engine inside the sandbox. */
export const ENGINE_DIR = dirname(fileURLToPath(import.meta.url));
/** The user a root process drops to before starting bubblewrap: RLIMIT_NPROC does not bind root. */
export const SANDBOX_UID = 65534;

/** Thrown (and reported as a zero score by the verifier) when code cannot be run safely here. */
export class SandboxUnavailableError extends Error {
  constructor(what: string) {
    super(`the matplotlib sandbox is unavailable: ${what}; install it with: apt-get install -y bubblewrap python3-matplotlib python3-numpy (scripts/setup.mjs does). Candidate code is never run outside the sandbox.`);
    this.name = 'SandboxUnavailableError';
  }
}

/** Why the sandbox cannot start on this machine, or undefined when it can. */
export function sandboxProblem(): string | undefined {
  if (process.platform !== 'linux') return `bubblewrap needs Linux (this is ${process.platform})`;
  if (!existsSync(BWRAP)) return `${BWRAP} (bubblewrap) is missing`;
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  if (!existsSync('/usr/lib/python3/dist-packages/matplotlib')) return 'python3-matplotlib is not installed';
  return undefined;
}

// System files python, numpy (BLAS via /etc/alternatives) and matplotlib (fonts, rc) read. Nothing
// else of /etc: no passwd, no hosts, no resolver.
const ETC = ['/etc/alternatives', '/etc/ld.so.cache', '/etc/matplotlibrc', '/etc/fonts', '/etc/python3', '/etc/python3.11'];

export interface SandboxConfig {
  /** Size of the private /tmp (bytes): bounds what all files a candidate writes can take. */
  tmpBytes: number;
  /** Modules imported once in the zygote (forked children share them). */
  preload: string[];
  /** Fork and set up the next job's child before its job arrives (default true). */
  prefork?: boolean;
  /** Populate the pages a child will write in one call per run, before its job ('auto': where faults cost more; pool.ts). */
  populate?: boolean | 'auto';
}

/**
 * The command line of one zygote: everything unshared (network, PID, IPC, UTS, user, cgroup), the
 * system read-only, a private tmpfs for /tmp, no environment but ours, all capabilities dropped, a
 * new session, and death with its parent (bwrap uses PR_SET_PDEATHSIG, so this holds on SIGKILL too).
 */
export function bwrapArgs(cfg: SandboxConfig): string[] {
  const args = ['--unshare-all', '--die-with-parent', '--new-session', '--cap-drop', 'ALL', '--clearenv'];
  args.push('--ro-bind', '/usr', '/usr', '--symlink', 'usr/lib', '/lib', '--symlink', 'usr/lib64', '/lib64', '--symlink', 'usr/bin', '/bin');
  for (const p of ETC) if (existsSync(p)) args.push('--ro-bind', p, p);
  args.push('--ro-bind', ENGINE_DIR, '/engine', '--proc', '/proc', '--dev', '/dev');
  args.push('--size', String(cfg.tmpBytes), '--tmpfs', '/tmp', '--chdir', '/tmp');
  const env: Record<string, string> = {
    PATH: '/usr/bin', HOME: '/tmp', MPLCONFIGDIR: '/tmp/.mpl', MPLBACKEND: 'Agg', LANG: 'C.UTF-8',
    OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1', PYTHONHASHSEED: '0',
  };
  for (const [k, v] of Object.entries(env)) args.push('--setenv', k, v);
  args.push(PYTHON, '-I', '-B', '/engine/sandbox.py', JSON.stringify({ preload: cfg.preload, prefork: cfg.prefork !== false, populate: cfg.populate ?? 'auto' }));
  return args;
}
