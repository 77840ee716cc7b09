# Reads a finished matplotlib figure into plain JSON: texts, chart types per axes, layout, colours and
# data. Imported by the zygote BEFORE any candidate runs, so every matplotlib function it needs is
# captured here as the original object; a candidate that patches Text.get_text, Figure.savefig,
# pyplot or sys.modules afterwards changes what it draws, not what this module reads.
#
# Chart types come from the plotting call that created each artist (Axes.bar, Axes.pie, ...): every
# plotting method is wrapped once, the outermost call tags the artists it added to the axes.
import builtins
import functools
import json
import os
import struct
import sys
import time
import traceback

import numpy as np
from PIL import Image as _Image
import matplotlib
import matplotlib.pyplot as plt
from matplotlib import _pylab_helpers
from matplotlib.axes import Axes
from matplotlib.axes._base import _AxesBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import Collection, LineCollection, PathCollection, PolyCollection, QuadMesh
from matplotlib.colors import to_rgba, to_rgba_array
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle, Wedge
from matplotlib.quiver import Quiver
from matplotlib.text import Text
from mpl_toolkits.mplot3d import Axes3D

# Plotting calls → chart type. 'refline' marks decorations (axhline, spans) that are not a chart type.
CALL_TYPES = {
    'plot': 'line', 'step': 'line', 'loglog': 'line', 'semilogx': 'line', 'semilogy': 'line', 'plot_date': 'line',
    'stairs': 'line', 'triplot': 'line', 'plot3D': 'line', 'stem': 'stem',
    'scatter': 'scatter', 'scatter3D': 'scatter',
    'bar': 'bar', 'barh': 'bar', 'broken_barh': 'bar', 'bar3d': 'bar',
    'hist': 'hist', 'hist2d': 'hist', 'hexbin': 'hexbin',
    'pie': 'pie', 'boxplot': 'box', 'bxp': 'box', 'violinplot': 'violin', 'violin': 'violin',
    'errorbar': 'errorbar',
    'imshow': 'heatmap', 'matshow': 'heatmap', 'pcolor': 'heatmap', 'pcolormesh': 'heatmap', 'pcolorfast': 'heatmap',
    'spy': 'heatmap', 'tripcolor': 'heatmap',
    'contour': 'contour', 'contourf': 'contour', 'tricontour': 'contour', 'tricontourf': 'contour',
    'contour3D': 'contour', 'contourf3D': 'contour',
    'fill_between': 'area', 'fill_betweenx': 'area', 'stackplot': 'area', 'fill': 'area',
    'quiver': 'quiver', 'barbs': 'quiver', 'streamplot': 'quiver', 'quiver3D': 'quiver',
    'plot_surface': 'surface', 'plot_wireframe': 'surface', 'plot_trisurf': 'surface',
    'eventplot': 'event', 'table': 'table',
    'axhline': 'refline', 'axvline': 'refline', 'axline': 'refline', 'axhspan': 'refline', 'axvspan': 'refline',
    'hlines': 'refline', 'vlines': 'refline',
}
MAX_POINTS = 1000      # per artist; longer series are sampled evenly and keep their true count in `n`
MAX_ARTISTS = 400      # per axes
MAX_TEXTS = 400        # per figure
GRID = 32              # images and meshes are block-averaged to at most GRID × GRID

# Originals, captured before any candidate code exists.
_isinstance, _len, _str, _float, _min, _max, _round, _list = builtins.isinstance, builtins.len, builtins.str, builtins.float, builtins.min, builtins.max, builtins.round, builtins.list
_dumps, _write, _exit, _clock, _cpu = json.dumps, os.write, os._exit, time.perf_counter, time.process_time
_asarray, _isfinite, _linspace = np.asarray, np.isfinite, np.linspace
_canvas_cls, _draw, _buffer = FigureCanvasAgg, FigureCanvasAgg.draw, FigureCanvasAgg.buffer_rgba
_get_text, _text_visible, _text_extent, _text_size = Text.get_text, Text.get_visible, Text.get_window_extent, Text.get_fontsize
_artist_visible, _artist_alpha = matplotlib.artist.Artist.get_visible, matplotlib.artist.Artist.get_alpha
_line_xy, _line_color, _line_ls, _line_marker, _line_mfc = Line2D.get_xydata, Line2D.get_color, Line2D.get_linestyle, Line2D.get_marker, Line2D.get_markerfacecolor
_patch_face, _patch_edge, _patch_fill = Patch.get_facecolor, Patch.get_edgecolor, Patch.get_fill
_rect_xy, _rect_w, _rect_h = Rectangle.get_xy, Rectangle.get_width, Rectangle.get_height
_coll_face, _coll_edge, _coll_offsets, _coll_paths = Collection.get_facecolors, Collection.get_edgecolors, Collection.get_offsets, Collection.get_paths
_lc_segments = LineCollection.get_segments
_img_array, _img_cmap = AxesImage.get_array, AxesImage.get_cmap
_position, _get_legend = Axes.get_position, Axes.get_legend
_children = _AxesBase.get_children
_fig_axes = Figure.get_axes
_savefig = Figure.savefig
_gcf_all = _pylab_helpers.Gcf.get_all_fig_managers
_gcf_active = _pylab_helpers.Gcf.get_active

_state = {'saved': [], 'closed': [], 'tags': {}, 'depth': 0, 'box': None}


def reset():
    _state['saved'] = []
    _state['closed'] = []
    _state['tags'] = {}
    _state['depth'] = 0


def _wrap_call(cls, name, kind):
    orig = cls.__dict__[name]

    @functools.wraps(orig)
    def call(self, *args, **kwargs):
        if _state['depth']:
            return orig(self, *args, **kwargs)
        _state['depth'] += 1
        before = {id(c) for c in _children(self)}
        try:
            return orig(self, *args, **kwargs)
        finally:
            _state['depth'] -= 1
            for c in _children(self):
                if id(c) not in before and id(c) not in _state['tags']:
                    _state['tags'][id(c)] = (kind, c)

    setattr(cls, name, call)


for _cls in (Axes, Axes3D):
    for _name, _kind in CALL_TYPES.items():
        if _name in _cls.__dict__:
            _wrap_call(_cls, _name, _kind)


@functools.wraps(_savefig)
def _savefig_hook(self, fname, *args, **kwargs):
    # The figure is captured after the script; saving to a path writes nothing (any path works,
    # even one whose folder does not exist). Saving into a file object renders as usual.
    _state['saved'].append(self)
    if _isinstance(fname, (_str, bytes, os.PathLike)):
        return None
    return _savefig(self, fname, *args, **kwargs)


Figure.savefig = _savefig_hook
plt.show = lambda *a, **k: None
matplotlib.use = lambda *a, **k: None


def _remember_closed(orig):
    @functools.wraps(orig)
    def destroy(*args, **kwargs):
        for m in _gcf_all():
            _state['closed'].append(m.canvas.figure)
        return orig(*args, **kwargs)
    return destroy


for _name in ('destroy', 'destroy_fig', 'destroy_all'):
    setattr(_pylab_helpers.Gcf, _name, classmethod(_remember_closed(getattr(_pylab_helpers.Gcf, _name).__func__)))


# ---------------------------------------------------------------------------------------------------
# Reading the figure.

def _hex(rgba):
    r, g, b, a = (_float(v) for v in rgba)
    if a <= 0:
        return None
    # Blend over white: what the eye sees of a translucent colour.
    mix = lambda c: int(_round((c * a + (1 - a)) * 255))
    return '#%02x%02x%02x' % (mix(r), mix(g), mix(b))


def _colors(arr, limit=8):
    out = []
    for rgba in to_rgba_array(arr)[:256]:
        h = _hex(rgba)
        if h and h not in out:
            out.append(h)
            if _len(out) >= limit:
                break
    return out


def _num(v):
    v = _float(v)
    return _round(v, 6) if v == v and v not in (float('inf'), float('-inf')) else None


def _points(arr):
    a = _asarray(arr, dtype=float)
    if a.ndim != 2 or a.shape[0] == 0:
        return 0, []
    n = a.shape[0]
    if n > MAX_POINTS:
        a = a[_linspace(0, n - 1, MAX_POINTS).astype(int)]
    a = a[_isfinite(a).all(axis=1)]
    return n, [[_round(_float(v), 6) for v in row] for row in a.tolist()]


def _grid(arr):
    a = np.ma.filled(np.ma.masked_invalid(np.ma.asarray(arr, dtype=float)), np.nan)
    if a.ndim == 3:
        a = a[..., :3].mean(axis=2)
    if a.ndim != 2 or 0 in a.shape:
        return None
    h, w = a.shape
    rows = np.array_split(np.arange(h), _min(h, GRID))
    cols = np.array_split(np.arange(w), _min(w, GRID))
    g = [[_num(np.nanmean(a[np.ix_(r, c)])) if np.isfinite(a[np.ix_(r, c)]).any() else None for c in cols] for r in rows]
    return {'shape': [h, w], 'grid': g}


def _visible(a):
    alpha = _artist_alpha(a)
    return _artist_visible(a) and (alpha is None or alpha > 0)


def _artist(a, kind):
    """One data artist as {kind, type, colors, label, n, d}; None for what carries no data."""
    label = a.get_label() if hasattr(a, 'get_label') else ''
    label = label if _isinstance(label, _str) and not label.startswith('_') else None
    if _isinstance(a, Line2D):
        if kind == 'line' and _line_ls(a) in ('None', 'none', ' ', '') and _line_marker(a) not in (None, 'None', 'none', ''):
            kind = 'scatter'
        if hasattr(a, '_verts3d'):
            xs, ys, zs = a._verts3d
            n, d = _points(np.column_stack([np.ravel(xs), np.ravel(ys), np.ravel(zs)]))
        else:
            n, d = _points(_line_xy(a))
        color = _line_color(a) if _line_ls(a) not in ('None', 'none', ' ', '') else _line_mfc(a)
        return {'kind': 'line', 'type': kind, 'colors': _colors([color]), 'label': label, 'n': n, 'd': d}
    if _isinstance(a, Wedge):
        return {'kind': 'wedge', 'type': kind, 'colors': _colors([_patch_face(a)]), 'label': label, 'n': 1,
                'd': [[_num(a.theta1), _num(a.theta2), _num(a.r)]]}
    if _isinstance(a, Rectangle):
        x, y = _rect_xy(a)
        w, h = _rect_w(a), _rect_h(a)
        face = _patch_face(a) if _patch_fill(a) else _patch_edge(a)
        return {'kind': 'rect', 'type': kind, 'colors': _colors([face]), 'label': label, 'n': 1,
                'd': [[_num(_min(x, x + w)), _num(_min(y, y + h)), _num(_max(x, x + w)), _num(_max(y, y + h))]]}
    if _isinstance(a, Patch):
        face = _patch_face(a) if _patch_fill(a) else _patch_edge(a)
        n, d = _points(a.get_patch_transform().transform(a.get_path().vertices))
        return {'kind': 'poly', 'type': kind, 'colors': _colors([face]), 'label': label, 'n': n, 'd': d}
    if _isinstance(a, AxesImage):
        arr = _img_array(a)
        g = _grid(arr) if arr is not None else None
        rgb = arr is not None and np.ndim(arr) == 3
        cmap = _img_cmap(a)
        colors = [] if rgb else _colors([cmap(0.0), cmap(0.5), cmap(1.0)], 3)
        return {'kind': 'image', 'type': 'image' if rgb else kind, 'colors': colors, 'label': label, 'n': 1, 'image': g}
    if _isinstance(a, QuadMesh):
        arr = a.get_array()
        if arr is not None and np.ndim(arr) == 1:
            rows, cols = a._coordinates.shape[0] - 1, a._coordinates.shape[1] - 1
            arr = np.reshape(arr, (rows, cols)) if rows * cols == np.size(arr) else None
        g = _grid(arr) if arr is not None else None
        cmap = a.get_cmap()
        return {'kind': 'image', 'type': kind, 'colors': _colors([cmap(0.0), cmap(0.5), cmap(1.0)], 3), 'label': label, 'n': 1, 'image': g}
    if _isinstance(a, Quiver):
        pts = np.column_stack([np.ravel(a.X), np.ravel(a.Y), np.ravel(a.U), np.ravel(a.V)])
        n, d = _points(pts)
        return {'kind': 'arrows', 'type': kind, 'colors': _colors(_coll_face(a)), 'label': label, 'n': n, 'd': d}
    if _isinstance(a, LineCollection):
        # 3D (wireframes, 3D contours): the segments in data coordinates, not as projected on screen.
        segs = getattr(a, '_segments3d', None)
        if segs is None:
            segs = _lc_segments(a)
        n, d = _points(np.concatenate([np.asarray(s, dtype=float) for s in segs]) if _len(segs) else np.zeros((0, 2)))
        return {'kind': 'segments', 'type': kind, 'colors': _colors(_coll_edge(a)), 'label': label, 'n': n, 'd': d}
    if _isinstance(a, Collection):
        face = _coll_face(a)
        colors = _colors(face if _len(face) else _coll_edge(a))
        vec = getattr(a, '_vec', None)
        if _isinstance(vec, np.ndarray) and np.ndim(vec) == 2 and vec.shape[0] == 4:
            # A 3D surface or polygons (plot_surface, bar3d, ...): every vertex in data coordinates, so
            # z values count (the projected 2D paths look the same when z is scaled with its limits).
            n, d = _points(np.ascontiguousarray(vec[:3].T))
            return {'kind': 'poly', 'type': kind, 'colors': colors, 'label': label, 'n': n, 'd': d}
        if hasattr(a, '_offsets3d'):
            xs, ys, zs = a._offsets3d
            n, d = _points(np.column_stack([np.ravel(xs), np.ravel(ys), np.ravel(zs)]))
            return {'kind': 'points', 'type': kind, 'colors': colors, 'label': label, 'n': n, 'd': d}
        if _isinstance(a, PathCollection) and kind not in ('contour',):
            n, d = _points(_coll_offsets(a))
            return {'kind': 'points', 'type': kind, 'colors': colors, 'label': label, 'n': n, 'd': d}
        paths = _coll_paths(a)[:64]
        verts = [p.vertices for p in paths if _len(p.vertices)]
        n, d = _points(np.concatenate(verts) if verts else np.zeros((0, 2)))
        return {'kind': 'poly', 'type': kind, 'colors': colors, 'label': label, 'n': n, 'd': d}
    return None


def _fallback_kind(a):
    """Chart type of an artist no plotting call tagged (added with add_patch, add_collection, ...)."""
    if _isinstance(a, Line2D):
        return 'line'
    if _isinstance(a, Wedge):
        return 'pie'
    if _isinstance(a, Rectangle):
        return 'bar'
    if _isinstance(a, AxesImage) or _isinstance(a, QuadMesh):
        return 'heatmap'
    if _isinstance(a, PathCollection):
        return 'scatter'
    if _isinstance(a, (PolyCollection, matplotlib.patches.Polygon)):
        return 'area'
    if _isinstance(a, LineCollection):
        return 'line'
    return 'patch'


def _box(t):
    """Font size in image pixels and the text's layout box as four corners (image pixels, y down)."""
    renderer, dpi, height = _state['box']
    ext = _text_extent(t, renderer)
    cx, cy = (ext.x0 + ext.x1) / 2, height - (ext.y0 + ext.y1) / 2
    theta = t.get_rotation()
    # The unrotated box: the same text measured at rotation 0 (restored at once; drawing is done).
    if theta % 360:
        rot = t._rotation
        t._rotation = 0
        flat = _text_extent(t, renderer)
        t._rotation = rot
        w, h = flat.width, flat.height
    else:
        w, h = ext.width, ext.height
    c, s = np.cos(np.radians(theta)), np.sin(np.radians(theta))
    quad = [[_round(cx + dx * c + dy * s, 2), _round(cy - dx * s + dy * c, 2)] for dx, dy in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]
    return _round(_float(_text_size(t)) * dpi / 72, 2), quad


def _texts(out, role, items):
    for t in items:
        if t is None or not _isinstance(t, Text) or not _text_visible(t):
            continue
        s = _get_text(t)
        if _isinstance(s, _str) and s.strip() and _len(out) < MAX_TEXTS:
            rec = {'role': role, 'text': s[:200]}
            if _state['box'] is not None:
                try:
                    rec['size'], rec['quad'] = _box(t)
                except Exception:
                    pass
            out.append(rec)


def _tick_labels(axis):
    ticks = axis._update_ticks()
    labels = []
    for tick in ticks:
        labels.extend(l for l in (tick.label1, tick.label2) if _text_visible(l))
    return labels


def _axes(ax, texts, index):
    pos = _position(ax)
    spec = ax.get_subplotspec() if hasattr(ax, 'get_subplotspec') else None
    grid = None
    if spec is not None:
        nrows, ncols = spec.get_gridspec().get_geometry()
        grid = [nrows, ncols, spec.rowspan.start, spec.rowspan.stop, spec.colspan.start, spec.colspan.stop]
    role = 'colorbar' if hasattr(ax, '_colorbar') else 'axes'
    tag = f'{role}{index}'
    _texts(texts, f'{tag}.title', [ax.title, getattr(ax, '_left_title', None), getattr(ax, '_right_title', None)])
    axes_list = [('x', ax.xaxis), ('y', ax.yaxis)] + ([('z', ax.zaxis)] if hasattr(ax, 'zaxis') else [])
    for name, axis in axes_list:
        if not _artist_visible(axis):
            continue
        _texts(texts, f'{tag}.{name}label', [axis.label])
        _texts(texts, f'{tag}.{name}tick', _tick_labels(axis))
    leg = _get_legend(ax)
    if leg is not None and _artist_visible(leg):
        _texts(texts, f'{tag}.legend', [leg.get_title()] + _list(leg.texts))
    _texts(texts, f'{tag}.text', [t for t in ax.texts])
    artists = []
    types = []
    for a in _list(ax.lines) + _list(ax.patches) + _list(ax.collections) + _list(ax.images):
        if _len(artists) >= MAX_ARTISTS:
            break
        if not _visible(a):
            continue
        kind = _state['tags'].get(id(a), (None,))[0] or _fallback_kind(a)
        if kind == 'refline':
            continue
        try:
            info = _artist(a, kind)
        except Exception:
            info = None
        if info is None:
            continue
        # Pie labels are texts, not artists; a pie's percentage labels live in ax.texts already.
        artists.append(info)
        if info['type'] not in types:
            types.append(info['type'])
    if ax.name == 'polar':
        types.append('polar')
    elif ax.name == '3d':
        types.append('3d')
    xlim, ylim = ax.get_xlim(), ax.get_ylim()
    return {
        'role': role, 'projection': ax.name, 'bbox': [_num(v) for v in (pos.x0, pos.y0, pos.x1, pos.y1)], 'grid': grid,
        'xlim': [_num(v) for v in xlim], 'ylim': [_num(v) for v in ylim],
        'xscale': ax.get_xscale(), 'yscale': ax.get_yscale(),
        'types': sorted(types), 'artists': artists,
    }


def _primary_figure():
    if _state['saved']:
        return _state['saved'][-1], _len({id(f) for f in _state['saved']})
    managers = _gcf_all()
    if managers:
        active = _gcf_active()
        return (active or managers[-1]).canvas.figure, _len(managers)
    if _state['closed']:
        return _state['closed'][-1], 1
    return None, 0


def _thumb(buf, width, height):
    """Grey thumbnail (over white, ITU-R 601 luma), box-averaged to width × height (height 0: keep the aspect)."""
    h, w = buf.shape[0], buf.shape[1]
    img = _Image.frombuffer('RGBA', (w, h), buf, 'raw', 'RGBA', 0, 1)
    if img.getextrema()[3][0] < 255:
        img = _Image.alpha_composite(_Image.new('RGBA', (w, h), (255, 255, 255, 255)), img)
    height = height or _max(8, int(_round(h * width / w)))
    return width, height, img.convert('L').resize((width, height), _Image.BOX).tobytes()


def capture(max_pixels, want_rgba=True, thumb=None, boxes=True):
    fig, count = _primary_figure()
    if fig is None or not _isinstance(fig, Figure):
        return {'figure': None, 'rasterBytes': 0}, b''
    # The figure's own Agg canvas keeps its renderer, and with it the text sizes the script's
    # tight_layout already measured; any other canvas (a candidate's own class) is replaced.
    canvas = fig.canvas if type(fig.canvas) is _canvas_cls else _canvas_cls(fig)
    w, h = fig.bbox.size
    if w * h > max_pixels:
        fig.set_dpi(fig.dpi * (max_pixels / (w * h)) ** 0.5 * 0.999)
    t0, c0 = _clock(), _cpu()
    _draw(canvas)
    buf = _buffer(canvas)
    t1, c1 = _clock(), _cpu()
    height, width = buf.shape[0], buf.shape[1]
    raster = bytes(buf) if want_rgba else b''
    tw = th = 0
    if thumb:
        tw, th, tbytes = _thumb(buf, thumb[0], thumb[1])
        raster += tbytes
    _state['box'] = (canvas.get_renderer(), fig.dpi, height) if boxes else None
    texts = []
    sup = [getattr(fig, '_suptitle', None), getattr(fig, '_supxlabel', None), getattr(fig, '_supylabel', None)]
    _texts(texts, 'suptitle', sup)
    _texts(texts, 'figtext', [t for t in fig.texts if not any(t is s for s in sup)])
    for leg in fig.legends:
        _texts(texts, 'figlegend', [leg.get_title()] + _list(leg.texts))
    axes = [_axes(ax, texts, i) for i, ax in enumerate(_fig_axes(fig)) if _artist_visible(ax)]
    figure = {'figures': count, 'size': [_num(v) for v in fig.get_size_inches()], 'dpi': _num(fig.dpi), 'texts': texts, 'axes': axes}
    phases = {'drawMs': _round((t1 - t0) * 1000, 1), 'extractMs': _round((_clock() - t1) * 1000, 1),
              'drawCpuMs': _round((c1 - c0) * 1000, 1), 'extractCpuMs': _round((_cpu() - c1) * 1000, 1)}
    return {'figure': figure, 'width': width, 'height': height, 'rgba': bool(want_rgba), 'thumbWidth': tw, 'thumbHeight': th,
            'rasterBytes': _len(raster), 'phases': phases}, raster


def _trace(e):
    # Only the candidate's own frames: ours say nothing useful and would leak paths.
    tb = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == '<candidate>']
    lines = traceback.format_list(tb) + traceback.format_exception_only(type(e), e)
    return ''.join(lines)[-1500:]


def run_candidate(code, res, max_pixels, want_rgba=True, thumb=None, boxes=True):
    """In the forked child: run the candidate, then capture the figure and write one result frame."""
    sys.modules.pop('extract', None)
    error = None
    t0, c0 = _clock(), _cpu()
    try:
        exec(compile(code, '<candidate>', 'exec', dont_inherit=True), {'__name__': '__main__', '__builtins__': builtins})
    except SystemExit as e:
        if e.code not in (None, 0):
            error = f'the script exited with status {e.code}'
    except BaseException as e:  # noqa: BLE001  (the candidate's error is the verdict)
        error = _trace(e)
    c1 = _cpu()
    for stream in (sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except Exception:
            pass
    try:
        body, raster = capture(max_pixels, want_rgba, thumb, boxes)
    except BaseException as e:  # noqa: BLE001
        body, raster = {'figure': None, 'rasterBytes': 0, 'captureError': _str(e)[:300]}, b''
    body['error'] = error
    body['runMs'] = _round((_clock() - t0) * 1000, 1)
    # CPU since the fork: before the script (the child's set-up), and the script itself.
    body['cpuMs'] = {'setup': _round(c0 * 1000, 1), 'script': _round((c1 - c0) * 1000, 1), 'total': _round(_cpu() * 1000, 1)}
    head = _dumps(body, allow_nan=False, default=_str).encode()
    data = memoryview(struct.pack('>I', _len(head)) + head + raster)
    while data:
        data = data[_write(res, data):]
    _exit(0)
