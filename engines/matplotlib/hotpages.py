# Hot pages: which of the zygote's pages a forked child writes, learnt once, and populated in a few
# calls before each job. On virtual machines where a page fault traps to the hypervisor (about 25 µs
# each on one of this project's machines, against ~7 µs for a page populated in one madvise call), a
# child that takes its ~5,000 copy-on-write faults one by one spends more CPU on them than on the
# script; populating saved 20 % there. Where a fault costs ~2 µs, populating pages a job may not touch
# cost more than it saved (87 against 99 ms per chart), so by default the zygote measures the two
# costs once (worth_populating) and populates only where faults are clearly dearer.
# This changes only when the child's copies are made, never what a job sees.
import os
import struct

PAGE = 4096
MADV_POPULATE_WRITE = 23  # Linux 5.14+


def writable_spans():
    """This process's private writable mappings (heap, Python's arenas, libraries' data), as (start, end)."""
    spans = []
    with open('/proc/self/maps') as f:
        for line in f:
            fields = line.split()
            name = fields[5] if len(fields) > 5 else ''
            if fields[1][1] == 'w' and fields[1][3] == 'p' and not name.startswith('[s') and not name.startswith('[v'):
                start, end = (int(x, 16) for x in fields[0].split('-'))
                spans.append((start, end))
    return spans


_madvise = None


def madvise():
    """libc's madvise through ctypes, looked up once (in the zygote; children inherit it)."""
    global _madvise
    if _madvise is None:
        import ctypes
        _madvise = ctypes.CDLL(None).madvise
        _madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    return _madvise


def in_child(work):
    """Runs work() in a forked child and returns the bytes it returned (b'' if it failed)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            out = memoryview(work())
            while out:
                out = out[os.write(w, out):]
        finally:
            os._exit(0)
    os.close(w)
    data = bytearray()
    while True:
        b = os.read(r, 1 << 20)
        if not b:
            break
        data.extend(b)
    os.close(r)
    os.waitpid(pid, 0)
    return bytes(data)


def learn(draw_samples):
    """(start, length) runs of the pages a probe child holds as its own copies after draw_samples():
    the pages a job's child will write. Reads the probe's /proc/self/pagemap, so the calling process
    must still be dumpable."""
    spans = writable_spans()
    madvise()  # looked up here, so that no child pays for it

    def probe():
        draw_samples()
        hot = bytearray()
        with open('/proc/self/pagemap', 'rb') as f:
            for start, end in spans:
                f.seek(start // PAGE * 8)
                entries = f.read((end - start) // PAGE * 8)
                for i, (entry,) in enumerate(struct.iter_unpack('<Q', entries)):
                    if entry >> 63 and (entry >> 56) & 1:  # present, and now this process's own copy
                        hot += struct.pack('<Q', start + i * PAGE)
        return bytes(hot)

    data = in_child(probe)
    runs = []
    for (page,) in struct.iter_unpack('<Q', data[:len(data) // 8 * 8]):
        if runs and page == runs[-1][0] + runs[-1][1]:
            runs[-1][1] += PAGE
        else:
            runs.append([page, PAGE])
    return runs


def worth_populating(pages=1024):
    """True when this host charges clearly more for a copy-on-write fault than for a page populated by
    madvise: measured once in a forked child on two regions of `pages` pages (a Python loop that writes
    one byte per page, less the same loop over pages already copied, against one madvise call)."""
    import ctypes
    import mmap
    import time
    size = pages * PAGE
    faulted, populated = mmap.mmap(-1, size), mmap.mmap(-1, size)
    for m in (faulted, populated):
        for i in range(0, size, PAGE):
            m[i] = 1

    def measure():
        t0 = time.perf_counter()
        for i in range(0, size, PAGE):
            faulted[i] = 2
        t1 = time.perf_counter()
        for i in range(0, size, PAGE):
            faulted[i] = 3
        t2 = time.perf_counter()
        ok = madvise()(ctypes.addressof(ctypes.c_char.from_buffer(populated)), size, MADV_POPULATE_WRITE) == 0
        t3 = time.perf_counter()
        return struct.pack('<ddi', (t1 - t0) - (t2 - t1), t3 - t2, ok)

    data = in_child(measure)
    faulted.close()
    populated.close()
    if len(data) != struct.calcsize('<ddi'):
        return True
    fault, populate_cost, ok = struct.unpack('<ddi', data)
    # A job's child writes most but not all of the learnt pages: populating pays only when a fault
    # costs well over what populating one page does.
    return bool(ok) and fault > 2 * populate_cost


def populate(runs):
    """Takes this process's copies of the hot pages in one call per run instead of one fault per page."""
    for start, length in runs:
        if madvise()(start, length, MADV_POPULATE_WRITE) != 0:
            return  # an older kernel: the pages fault in one by one, as without this
