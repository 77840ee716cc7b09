# What valid scripts expect and the sandbox's matplotlib lacks. Debian bookworm ships 3.6 and no
# LaTeX; policies and benchmark scripts are written against current matplotlib on machines that may
# have LaTeX, and a script failing here for that would score 0. Each shim maps the new spelling onto
# the 3.6 call that means the same; anything the old API can express differently is left alone.
# Imported by the zygote before extract.py wraps the plotting calls, so chart types are still read
# from the outer call.
import functools

from matplotlib.axes import Axes
from matplotlib.text import Text


class _FormatMod(str):
    """A format that 3.6's bar_label applies as `fmt % value`: {}-style strings (3.7+) and callables."""

    def __new__(cls, fmt):
        obj = super().__new__(cls, fmt if isinstance(fmt, str) else '%g')
        obj._fmt = fmt
        return obj

    def __mod__(self, value):
        return self._fmt(value) if callable(self._fmt) else self._fmt.format(value)


def _orientation_to_vert(kwargs):
    """`orientation='horizontal'|'vertical'` (3.10) is the old `vert=False|True`."""
    if 'orientation' in kwargs and 'vert' not in kwargs:
        orientation = kwargs.pop('orientation')
        if orientation not in ('horizontal', 'vertical'):
            raise ValueError(f"orientation must be 'horizontal' or 'vertical', not {orientation!r}")
        kwargs['vert'] = orientation == 'vertical'


def _shim(name, adapt):
    orig = getattr(Axes, name)

    @functools.wraps(orig)
    def call(self, *args, **kwargs):
        adapt(kwargs)
        return orig(self, *args, **kwargs)

    setattr(Axes, name, call)


def _bar_label(kwargs):
    fmt = kwargs.get('fmt')
    if callable(fmt) or (isinstance(fmt, str) and '{' in fmt):
        kwargs['fmt'] = _FormatMod(fmt)


def _boxplot(kwargs):
    if 'tick_labels' in kwargs and 'labels' not in kwargs:  # 3.9 renamed labels to tick_labels
        kwargs['labels'] = kwargs.pop('tick_labels')
    _orientation_to_vert(kwargs)


_shim('bar_label', _bar_label)
_shim('boxplot', _boxplot)
_shim('violinplot', _orientation_to_vert)


def _set_usetex(self, usetex):
    # No LaTeX: a script that turns usetex on (text.usetex, usetex=True) has its texts drawn by
    # matplotlib's own mathtext instead ($...$ renders, bare TeX commands show as written).
    self._usetex = False


Text.set_usetex = _set_usetex
