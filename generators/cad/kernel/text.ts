// Workplane.text: extruded lettering, as CadQuery's Compound.makeText builds it on the current
// plane. CadQuery asks OpenCascade's font manager for a system font; our OpenCascade build has
// none, so glyph outlines come from the DejaVu TrueType files that scripts/setup.mjs installs
// (fonts-dejavu-core), read with opentype.js through replicad. Every family name maps to DejaVu
// Sans (its bold/oblique for kind="bold"/"italic"), so lettering is the same wherever it runs
// and a candidate and the truth program always get the same glyphs.
import { existsSync, readFileSync } from 'node:fs';
import * as R from 'replicad';
import { bind, combineMode, length, positive } from './args.js';
import { mul } from './geom.js';
import { CadError } from './lang/ast.js';
import { attempt, many, prism } from './wp3d.js';
import { subShapes } from './topo.js';
import type { Method, WorkplaneValue } from './workplane.js';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT_FILE: Record<string, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' };
/** Characters of one text() call: lettering on a part is a label, not a page. */
const MAX_CHARS = 64;

const loaded = new Set<string>();

/** Registers the font of `kind` with replicad once per worker (parsing is synchronous for a buffer). */
function font(kind: string, line: number): string {
  const file = FONT_FILE[kind];
  if (!file) throw new CadError('runtime', `text kind must be "regular", "bold" or "italic", got ${JSON.stringify(kind)}`, line);
  if (!loaded.has(kind)) {
    const path = `${FONT_DIR}/${file}`;
    if (!existsSync(path)) throw new CadError('unsupported', `text() needs the DejaVu fonts (${path}); run scripts/setup.mjs, which installs fonts-dejavu-core`, line);
    const buf = readFileSync(path);
    // loadFont registers the family before its first await: the font is usable on return.
    void R.loadFont(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, `vf-${kind}`);
    loaded.add(kind);
  }
  return `vf-${kind}`;
}

/** Shift that puts the glyphs' bounding box where halign/valign say, relative to the plane origin. */
function alignment(box: R.BoundingBox2d, halign: string, valign: string, line: number): [number, number] {
  const [[x0, y0], [x1, y1]] = box.bounds;
  const h: Record<string, number> = { left: -x0, center: -(x0 + x1) / 2, right: -x1 };
  const v: Record<string, number> = { bottom: -y0, center: -(y0 + y1) / 2, top: -y1 };
  if (!(halign in h)) throw new CadError('runtime', `halign must be "left", "center" or "right", got ${JSON.stringify(halign)}`, line);
  if (!(valign in v)) throw new CadError('runtime', `valign must be "bottom", "center" or "top", got ${JSON.stringify(valign)}`, line);
  return [h[halign], v[valign]];
}

export const METHODS_TEXT: Record<string, Method> = {
  text(args, kw, line) {
    const a = bind(
      'text',
      [['txt', undefined], ['fontsize', undefined], ['distance', undefined], ['cut', true], ['combine', false], ['clean', true], ['font', 'Arial'], ['fontPath', null], ['kind', 'regular'], ['halign', 'center'], ['valign', 'center']],
      args,
      kw,
      line,
    );
    if (typeof a.txt !== 'string') throw new CadError('runtime', 'text() needs a string', line);
    const txt = a.txt;
    if ([...txt].length > MAX_CHARS) throw new CadError('limit', `text() of more than ${MAX_CHARS} characters`, line);
    if (a.fontPath !== null) throw new CadError('unsupported', 'text(fontPath=...): no files are read; the lettering uses the bundled DejaVu Sans', line);
    const size = positive(a.fontsize, 'fontsize', line);
    const d = length(a.distance, 'distance', line);
    const family = font(String(a.kind), line);
    const w: WorkplaneValue = this;
    w.budget.op('text', line);
    const p = w.state.plane;
    const letters = attempt('text', line, () => {
      const drawing = R.drawText(txt, { fontSize: size, fontFamily: family });
      const [dx, dy] = alignment(drawing.boundingBox, String(a.halign), String(a.valign), line);
      const plane = w.keep(new R.Plane(p.o, p.x, p.z));
      const sk = drawing.translate(dx, dy).sketchOnPlane(plane) as { faces?: () => R.AnyShape; face?: () => R.Face };
      const faces = sk.faces ? (subShapes(w.keep(sk.faces()), 'face') as R.Face[]) : [w.keep(sk.face!())];
      return faces.map((f) => prism(w, w.keep(f), mul(p.z, d)));
    });
    if (letters.length === 0) throw new CadError('geometry', 'text() made no glyph outlines (blank text?)', line);
    const made = many(w, letters);
    // CadQuery: cut=True cuts the lettering from the part (the lettering alone when there is none).
    const mode = a.cut === true ? 'cut' : combineMode(a.combine, line);
    const solid = mode === 'cut' ? (w.state.solid ? w.session.combine(w.state.solid, made, 'cut', line) : made) : mode === 'fuse' ? w.session.combine(w.state.solid, made, 'fuse', line) : made;
    return w.next({ solid, stack: [{ t: 'shape', s: solid }], pending: [], open: null });
  },
};
