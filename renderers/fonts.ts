import { existsSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';
import { VeriforgeError } from '../core/errors.js';

/** Pinned font files: never whatever the system happens to pick, so renders are reproducible. */
const FONT_DIR = process.env.VERIFORGE_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu';
const FILES: Record<string, string> = {
  'VF Sans': 'DejaVuSans.ttf',
  'VF Sans Bold': 'DejaVuSans-Bold.ttf',
  'VF Mono': 'DejaVuSansMono.ttf',
  'VF Mono Bold': 'DejaVuSansMono-Bold.ttf',
  'VF Serif': 'DejaVuSerif.ttf',
  'VF Serif Bold': 'DejaVuSerif-Bold.ttf',
};

let registered = false;

export function ensureFonts(): void {
  if (registered) return;
  for (const [family, file] of Object.entries(FILES)) {
    const path = `${FONT_DIR}/${file}`;
    if (!existsSync(path)) {
      throw new VeriforgeError(
        `font file ${path} is missing; install Debian's fonts-dejavu-core (npm run setup does it as root) or set VERIFORGE_FONT_DIR`,
      );
    }
    GlobalFonts.registerFromPath(path, family);
  }
  registered = true;
}

/** CSS font string for a scene text element, using only the registered families. */
export function fontFor(size: number, font: 'sans' | 'mono' | 'serif' = 'sans', weight: 'normal' | 'bold' = 'normal'): string {
  const base = font === 'mono' ? 'VF Mono' : font === 'serif' ? 'VF Serif' : 'VF Sans';
  return `${size}px "${weight === 'bold' ? `${base} Bold` : base}"`;
}
