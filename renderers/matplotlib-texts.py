# Appended to OUR OWN reference scripts at generation time (never to a candidate's): prints, as one
# JSON line prefixed with a marker, every text the figure draws with its layout box as four corners
# in image pixels (origin top-left; rotated texts keep a tight, rotated box) and its size in pixels.
# The legibility check (renderers/legibility.ts) reads them; the PNG is unchanged by this code.
def _vf_text_boxes():
    import json as _json
    import math as _math
    import matplotlib.pyplot as _plt
    from matplotlib.text import Text as _Text

    fig = _plt.gcf()
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    height = fig.bbox.height

    def texts():
        yield getattr(fig, '_suptitle', None)
        yield from fig.texts
        for leg in fig.legends:
            yield leg.get_title()
            yield from leg.texts
        for ax in fig.axes:
            if not ax.get_visible():
                continue
            yield from (ax.title, ax._left_title, ax._right_title)
            for axis in (ax.xaxis, ax.yaxis):
                if not axis.get_visible():
                    continue
                yield axis.label
                # Only the ticks inside the view are drawn (extra Tick objects may exist beyond it).
                for tick in axis._update_ticks():
                    yield tick.label1
                    yield tick.label2
            leg = ax.get_legend()
            if leg is not None and leg.get_visible():
                yield leg.get_title()
                yield from leg.texts
            yield from ax.texts

    out = []
    seen = set()
    for t in texts():
        # The suptitle is also one of fig.texts: each artist once.
        if id(t) in seen:
            continue
        seen.add(id(t))
        if t is None or not isinstance(t, _Text) or not t.get_visible() or not t.get_text().strip():
            continue
        box = t.get_window_extent(renderer)
        if not (box.width > 0 and box.height > 0):
            continue
        angle = t.get_rotation()
        t.set_rotation(0)
        flat = t.get_window_extent(renderer)
        t.set_rotation(angle)
        cx, cy = (box.x0 + box.x1) / 2, height - (box.y0 + box.y1) / 2
        a = _math.radians(-angle)
        hw, hh = flat.width / 2, flat.height / 2
        quad = [[round(cx + dx * _math.cos(a) - dy * _math.sin(a), 1), round(cy + dx * _math.sin(a) + dy * _math.cos(a), 1)] for dx, dy in ((-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh))]
        out.append({'text': t.get_text()[:60], 'size': round(t.get_fontsize() * fig.dpi / 72, 2), 'quad': quad})
    print('\n@@veriforge-texts@@' + _json.dumps(out, separators=(',', ':')))


_vf_text_boxes()
