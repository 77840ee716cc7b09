# The zygote: runs inside bubblewrap (see bwrap.ts), imports matplotlib once, then forks one child
# per job so that no state leaks from one candidate to the next. It talks to Node over its stdin
# (jobs) and stdout (results), both framed as a 4-byte big-endian length + JSON header, and a
# result may be followed by the raw RGBA bytes of the rendered figure (length in the header).
#
# Per job: the child gets its own session, an empty working folder on the private tmpfs, rlimits
# (CPU, address space, file size, processes, open files), stdout/stderr captured through a pipe,
# and a separate result pipe. After the candidate's code, extract.capture() renders and reads the
# figure with functions captured before the candidate ran. The zygote enforces the wall clock,
# then SIGKILLs every other process in the sandbox's PID namespace, so nothing outlives the job.
import json
import os
import resource  # noqa: F401  (imported here so that children do not import it)
import selectors
import shutil
import signal
import struct
import sys
import time

# This process cleans up after each job with kill(-1, SIGKILL): inside bubblewrap's fresh PID namespace
# that reaches only the candidate's leftovers; anywhere else it would kill every process the user may
# signal. So it runs only as the command of such a namespace (PID 2 under bwrap's init), never bare.
if os.getpid() != 2 or os.getppid() != 1:
    sys.stderr.write('sandbox.py runs only inside bubblewrap (engines/matplotlib/bwrap.ts starts it)\n')
    sys.exit(2)

CONFIG = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}

os.environ.setdefault('MPLBACKEND', 'Agg')
import numpy  # noqa: E402,F401  (pre-imported: forked children share it)
import matplotlib  # noqa: E402

matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402

for name in CONFIG.get('preload', []):
    try:
        __import__(name)
    except Exception:  # an optional library that is missing is reported by the job that imports it
        pass

# Unseeded randomness is seeded the same way in every job, so that a script draws the same figure
# each time it runs: the reference extracted at generation and a candidate that reproduces the script
# then agree exactly (many real scripts plot np.random data without a seed, and seaborn bootstraps
# its error bars). The global generators are reseeded per job (seed_job); default_rng() without a
# seed gets (SEED, k) for its k-th such call in the job, so two unseeded generators still differ.
SEED = 0
_default_rng = numpy.random.default_rng
_unseeded_rngs = [0]


def _default_rng_seeded(seed=None):
    if seed is None:
        _unseeded_rngs[0] += 1
        seed = (SEED, _unseeded_rngs[0])
    return _default_rng(seed)


numpy.random.default_rng = _default_rng_seeded


def seed_job():
    import random
    numpy.random.seed(SEED)
    random.seed(SEED)
    _unseeded_rngs[0] = 0


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compat  # noqa: E402,F401  (newer matplotlib keywords, before extract wraps the calls)
import extract  # noqa: E402  (installs its hooks and captures originals before any candidate runs)
import hotpages  # noqa: E402

# Build the font cache, text layouts and first-draw state once, in the zygote, instead of in every
# child: each child starts from these warm caches (copy-on-write) and discards what it adds.
WARMUP = [
    "fig, ax = plt.subplots(figsize=(6, 4))\nax.bar(['Alpha', 'Beta', 'Gamma'], [3, 1, 2], label='a', color='#4c72b0')\n"
    "ax.plot([0, 1, 2], [1, 2, 3], 'o--', label='b')\nax.set_xticks([0, 1, 2], ['Alpha', 'Beta', 'Gamma'], rotation=45, ha='right')\n"
    "ax.set_title('Title', fontsize=12, fontweight='bold')\nax.set_xlabel('x $x^2$')\nax.set_ylabel('y')\n"
    "ax.legend(title='Legend', frameon=False)\nax.grid(alpha=0.3)\nax.text(1, 2, '42', ha='center')\nfig.tight_layout()",
    "fig, axs = plt.subplots(2, 2, figsize=(8, 6))\naxs[0, 0].pie([1, 2, 3], labels=['x', 'y', 'z'], autopct='%1.1f%%')\n"
    "axs[0, 1].scatter([1, 2, 3], [3, 1, 2], c=[1, 2, 3], cmap='viridis', s=[10, 20, 30])\n"
    "im = axs[1, 0].imshow([[1, 2], [3, 4]], cmap='Blues')\nfig.colorbar(im, ax=axs[1, 0])\n"
    "axs[1, 1].hist([1, 2, 2, 3, 3, 3], bins=3)\naxs[1, 1].boxplot([[1, 2, 3], [2, 3, 4]])\n"
    "axs[1, 1].errorbar([1, 2], [1, 2], yerr=[0.1, 0.2], capsize=3)\naxs[1, 1].fill_between([1, 2], [0, 1], alpha=0.3)\n"
    "fig.suptitle('Suptitle')\nfig.tight_layout()",
    "fig = plt.figure(figsize=(8, 4))\nax = fig.add_subplot(1, 2, 1, projection='polar')\nax.plot([0, 1, 2, 0], [1, 2, 1, 1])\n"
    "ax.fill([0, 1, 2, 0], [1, 2, 1, 1], alpha=0.25)\nax3 = fig.add_subplot(1, 2, 2, projection='3d')\nax3.plot([0, 1], [0, 1], [0, 1])\n"
    "twin = ax3.figure.add_axes([0.1, 0.1, 0.2, 0.2])\ntwin.contourf([[1, 2], [3, 4]])\ntwin.twinx().plot([1, 2])",
]
for _code in WARMUP:
    exec(_code, {'plt': plt})
    for _num in plt.get_fignums():
        _fig = plt.figure(_num)
        _fig.canvas.draw()
    plt.close('all')
extract.reset()


def draw_warmup_captured():
    """What a job's child does, on the warm-up figures: run, capture (render, extract, thumbnail)."""
    for code in WARMUP:
        exec(code, {'plt': plt})
        extract.capture(4_000_000, False, (64, 0), True)
        plt.close('all')

_write = os.write
_read = os.read
MAX_STDOUT = 16384


def read_exact(fd, n):
    chunks = []
    while n > 0:
        b = _read(fd, min(n, 1 << 20))
        if not b:
            return None
        chunks.append(b)
        n -= len(b)
    return b''.join(chunks)


def send(header, payload=b''):
    head = json.dumps(header, allow_nan=False).encode()
    data = struct.pack('>I', len(head)) + head + payload
    view = memoryview(data)
    while view:
        view = view[_write(1, view):]


def kill_others():
    """SIGKILL every process of the sandbox except this one and the namespace's init, until none is left."""
    me = os.getpid()
    for _ in range(50):
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            pass
        while True:
            try:
                if os.waitpid(-1, os.WNOHANG)[0] == 0:
                    break
            except ChildProcessError:
                break
        alive = [p for p in os.listdir('/proc') if p.isdigit() and int(p) not in (1, me)]
        if not alive:
            return 0
        time.sleep(0.002)
    return len(alive)


def stamp_of(path):
    """Size and change time of a file (None when it is gone): any write, utime or chmod moves the
    change time, which no process can set back."""
    try:
        st = os.stat(path)
        return st.st_size, st.st_ctime_ns
    except OSError:
        return None


def tmp_snapshot():
    """/tmp as the ready zygote leaves it (matplotlib's and fontconfig's caches): None for a folder;
    for a file, its bytes (None over 1 MiB) and its size and change time. Folders come before their files."""
    kept = {}
    for root, dirs, files in os.walk('/tmp'):
        for name in dirs:
            kept[os.path.join(root, name)] = None
        for name in files:
            path = os.path.join(root, name)
            stamp = stamp_of(path)
            kept[path] = [open(path, 'rb').read() if stamp and stamp[0] <= (1 << 20) else None, stamp]
    return kept


def restore_tmp(kept):
    """Puts /tmp back as the snapshot found it: a job leaves nothing for the next one, new or altered."""
    for root, dirs, files in os.walk('/tmp', topdown=False):
        for name in files + dirs:
            path = os.path.join(root, name)
            is_dir = os.path.isdir(path) and not os.path.islink(path)
            if path in kept and not os.path.islink(path) and (kept[path] is None) == is_dir:
                continue
            try:
                shutil.rmtree(path, ignore_errors=True) if is_dir else os.unlink(path)
            except OSError:
                pass
    for path, entry in kept.items():
        try:
            if entry is None:
                os.makedirs(path, exist_ok=True)
                continue
            # An untouched file costs one stat, not a read.
            data, stamp = entry
            if data is None or stamp_of(path) == stamp:
                continue
            with open(path, 'wb') as f:
                f.write(data)
            entry[1] = stamp_of(path)
        except OSError:
            pass


def set_limits(job):
    import resource
    cpu = max(1, int(job['cpuSeconds']))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    # Address space: what the zygote already maps (libraries, numpy's reservations) plus the budget.
    with open('/proc/self/statm') as f:
        mapped = int(f.read().split()[0]) * resource.getpagesize()
    space = mapped + int(job['memoryMB']) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (space, space))
    fsize = int(job['fileMB']) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    nproc = int(job['processes'])
    resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def spare_child(w_out, w_res, r_job):
    """The forked child before its job: detached, descriptors closed, hot pages populated, in its
    working folder; then waits."""
    os.setsid()
    hotpages.populate(HOT_PAGES)
    devnull = os.open('/dev/null', os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(w_out, 1)
    os.dup2(w_out, 2)
    res = os.dup(w_res)
    job_fd = os.dup(r_job)
    lo, hi = min(res, job_fd), max(res, job_fd)
    os.closerange(3, lo)
    os.closerange(lo + 1, hi)
    os.closerange(hi + 1, 4096)
    work = '/tmp/job'
    os.makedirs(work, exist_ok=True)
    os.chdir(work)
    os.environ['HOME'] = work
    head = read_exact(job_fd, 4)
    if head is None:  # the zygote is going away
        os._exit(0)
    job = json.loads(read_exact(job_fd, struct.unpack('>I', head)[0]))
    os.close(job_fd)
    set_limits(job)
    seed_job()
    extract.run_candidate(job['code'], res, job['maxPixels'], job['rgba'], job.get('thumb'), job['boxes'])


def prefork():
    """Forks the next job's child ahead of its job (off the job's clock): it sets itself up, then waits."""
    r_out, w_out = os.pipe()
    r_res, w_res = os.pipe()
    r_job, w_job = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r_out)
            os.close(r_res)
            os.close(w_job)
            spare_child(w_out, w_res, r_job)
        finally:
            os._exit(70)
    for fd in (w_out, w_res, r_job):
        os.close(fd)
    return pid, r_out, r_res, w_job


def run_job(job, spare):
    started = time.monotonic()
    pid, r_out, r_res, w_job = spare
    try:
        body = json.dumps(job).encode()
        view = memoryview(struct.pack('>I', len(body)) + body)
        while view:
            view = view[_write(w_job, view):]
    except OSError:
        pass  # the spare is gone: it ends the job below as any child that died
    os.close(w_job)
    forked = time.monotonic()
    deadline = started + job['timeoutMs'] / 1000
    limit = job['maxResultBytes']
    out, res = bytearray(), bytearray()
    # The child's exit ends the job: a process it left behind may hold the pipes open, but everything
    # the child wrote is in the pipes by then (a write larger than the pipe blocks until read).
    exited = os.pidfd_open(pid)
    sel = selectors.DefaultSelector()
    sel.register(r_out, selectors.EVENT_READ, out)
    sel.register(r_res, selectors.EVENT_READ, res)
    sel.register(exited, selectors.EVENT_READ, None)
    error = None
    draining = False
    while len(sel.get_map()) > (0 if draining else 1):
        left = 0 if draining else deadline - time.monotonic()
        if left <= 0 and not draining:
            error = f'timed out after {job["timeoutMs"]} ms'
            break
        events = sel.select(left)
        if draining and not events:
            break
        for key, _ in events:
            if key.fd == exited:
                sel.unregister(exited)
                draining = True
                continue
            b = _read(key.fd, 1 << 20)
            if not b:
                sel.unregister(key.fd)
                continue
            buf = key.data
            if buf is out:
                if len(out) < MAX_STDOUT:
                    out.extend(b[:MAX_STDOUT - len(out)])
            else:
                buf.extend(b)
                if len(buf) > limit:
                    error = f'the result is larger than {limit} bytes'
                    sel.unregister(key.fd)
    sel.close()
    os.close(exited)
    os.close(r_out)
    os.close(r_res)
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    status = None
    usage = None
    try:
        _, status, usage = os.wait4(pid, 0)
    except ChildProcessError:
        pass
    ended = time.monotonic()
    left = kill_others()
    restore_tmp(TMP_AT_READY)
    header = {'zygoteMs': [round((forked - started) * 1000, 1), round((ended - forked) * 1000, 1), round((time.monotonic() - ended) * 1000, 1)], 'id': job['id'], 'stdout': out.decode('utf-8', 'replace'), 'timeMs': round((time.monotonic() - started) * 1000, 1), 'leftover': left}
    if usage is not None:
        # The candidate's own cost (benches read it): CPU ms, and page faults (copy-on-write of the zygote's pages).
        header['child'] = {'cpuMs': round((usage.ru_utime + usage.ru_stime) * 1000, 1), 'minorFaults': usage.ru_minflt}
    if error is None and status is not None and os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        error = {signal.SIGXCPU: 'CPU time limit exceeded', signal.SIGXFSZ: 'file size limit exceeded', signal.SIGKILL: 'killed'}.get(sig, f'killed by signal {sig}')
    if error is None and len(res) < 4:
        error = 'the candidate ended before the figure was captured' + (f' (exit status {os.WEXITSTATUS(status)})' if status is not None and os.WIFEXITED(status) else '')
    if error is not None:
        header.update(ok=False, error=error)
        return header, b''
    # The result frame: header JSON, then raster bytes. Anything else in the pipe is tampering.
    n = struct.unpack('>I', bytes(res[:4]))[0]
    try:
        body = json.loads(bytes(res[4:4 + n]))
    except ValueError:
        header.update(ok=False, error='the result channel held malformed data')
        return header, b''
    raster = bytes(res[4 + n:])
    if not isinstance(body, dict) or len(raster) != body.get('rasterBytes', 0):
        header.update(ok=False, error='the result channel held more or less than one result')
        return header, b''
    header.update(ok=True, result=body)
    return header, raster


def main():
    # Move everything imported so far out of the collector's sight: a child's collections then never
    # touch (and copy-on-write) the zygote's pages.
    import gc
    gc.collect()
    gc.freeze()
    global TMP_AT_READY, HOT_PAGES
    TMP_AT_READY = tmp_snapshot()
    populate = CONFIG.get('populate', 'auto')
    HOT_PAGES = hotpages.learn(draw_warmup_captured) if populate is True or (populate == 'auto' and hotpages.worth_populating()) else []
    # From here on, same-user processes (the candidates) may not ptrace the zygote or open its
    # /proc/<pid>/fd links. (Not earlier: the probe above reads its own /proc/self/pagemap, which a
    # process that is not dumpable cannot open.)
    try:
        import ctypes
        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4
    except Exception:
        pass
    # Pre-forked (default): the next child is forked and set up while Node scores the last result,
    # so a job starts on an already waiting child. Off, the child is forked when its job arrives.
    ahead = CONFIG.get('prefork', True)
    spare = prefork() if ahead else None
    send({'ready': True, 'matplotlib': matplotlib.__version__, 'numpy': numpy.__version__, 'python': sys.version.split()[0], 'pid': os.getpid()})
    while True:
        head = read_exact(0, 4)
        if head is None:
            return
        job = json.loads(read_exact(0, struct.unpack('>I', head)[0]))
        header, raster = run_job(job, spare or prefork())
        send(header, raster)
        job = header = raster = None  # the next child need not inherit this candidate's code and output
        # After the clean-up (which kills every other process in the sandbox) and the answer.
        spare = prefork() if ahead else None


main()
