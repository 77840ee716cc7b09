#!/usr/bin/env node
// Installs what is missing so that `npm run demo` and `npm test` work on a fresh machine:
// npm packages (npm ci), and the system packages the renderers need (Chromium, DejaVu fonts).
// Plain Node with no dependencies: it runs before node_modules exists.
// Flags (the container image uses them to cache its layers): --system-only installs the Debian
// packages and stops; --omit-dev leaves out devDependencies and the Debian packages marked dev.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg) => process.stderr.write(`setup: ${msg}\n`);
const run = (cmd, env = {}) => execSync(cmd, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

const flags = new Set(process.argv.slice(2));
for (const f of flags) {
  if (f !== '--system-only' && f !== '--omit-dev') {
    log(`unknown flag ${f}; known: --system-only, --omit-dev`);
    process.exit(1);
  }
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  log(`Node ${process.versions.node} is too old; veriforge needs Node 20 or newer`);
  process.exit(1);
}

// System packages: Debian names, and a file each one provides.
const SYSTEM = [
  { pkg: 'chromium', file: process.env.VERIFORGE_CHROMIUM ?? '/usr/bin/chromium', why: 'headless chart rendering and the gallery test' },
  { pkg: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', why: 'pinned fonts for reproducible images' },
  { pkg: 'bubblewrap', file: '/usr/bin/bwrap', why: 'the sandbox of the matplotlib chart-to-code reward' },
  { pkg: 'python3-matplotlib', file: '/usr/lib/python3/dist-packages/matplotlib/__init__.py', why: 'matplotlib charts and their reward' },
  { pkg: 'python3-numpy', file: '/usr/lib/python3/dist-packages/numpy/__init__.py', why: 'matplotlib charts and their reward' },
  { pkg: 'python3-pandas', file: '/usr/lib/python3/dist-packages/pandas/__init__.py', why: 'real-world matplotlib scripts (chart import)' },
  { pkg: 'python3-seaborn', file: '/usr/lib/python3/dist-packages/seaborn/__init__.py', why: 'real-world matplotlib scripts (chart import)' },
  { pkg: 'python3-scipy', file: '/usr/lib/python3/dist-packages/scipy/__init__.py', why: 'real-world matplotlib scripts (chart import)' },
  // dev: only for benches and deployment checks; a container image (--omit-dev) leaves them out.
  { pkg: 'haproxy', file: '/usr/sbin/haproxy', why: 'the replicated reward-server load test (bench/scale-server.ts)', dev: true },
  { pkg: 'debootstrap', file: '/usr/sbin/debootstrap', why: 'running the Dockerfile steps without Docker (deploy/docker/try-build.ts)', dev: true },
  { pkg: 'tesseract-ocr', file: '/usr/bin/tesseract', why: 'the pixel-reading OCR policy of bench/difficulty-ocr.ts' },
];
const missing = SYSTEM.filter((s) => !(s.dev && flags.has('--omit-dev')) && !existsSync(s.file));
if (missing.length) {
  const names = missing.map((s) => s.pkg).join(' ');
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log(`installing ${names} with apt-get`);
    run('apt-get update -qq', { DEBIAN_FRONTEND: 'noninteractive' });
    run(`apt-get install -y -qq --no-install-recommends ${names}`, { DEBIAN_FRONTEND: 'noninteractive' });
  } else {
    for (const s of missing) log(`missing ${s.file} (${s.why})`);
    log(`install them with: sudo apt-get install -y ${names}   (or set VERIFORGE_CHROMIUM / VERIFORGE_FONT_DIR)`);
    process.exit(1);
  }
}

if (flags.has('--system-only')) process.exit(0);

// npm packages: install when node_modules is absent or older than the lock file.
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(stamp) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(stamp).mtimeMs)) {
  log('installing npm packages (npm ci)');
  // npm ci only: installs exactly the committed lock and never rewrites it, so a fresh setup leaves
  // `git status` clean. Dependency install scripts are declared in package.json's allowScripts (all
  // denied: none is needed on Linux, and onnxruntime-node's would download GPU libraries).
  if (!existsSync(lock)) {
    log('package-lock.json is missing; restore it from git (setup installs from the lock only)');
    process.exit(1);
  }
  run(`npm ci --no-audit --no-fund${flags.has('--omit-dev') ? ' --omit=dev' : ''}`);
}
