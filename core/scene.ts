/** Pixel box [x1, y1, x2, y2] in image pixels, x2/y2 exclusive. */
export type Box = [number, number, number, number];

export type Point = [number, number];

interface Styled {
  /** Element id; evidence, masking and gallery overlays refer to it. */
  id?: string;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: number[];
}

export type Primitive =
  | (Styled & { type: 'rect'; x: number; y: number; w: number; h: number; radius?: number })
  | (Styled & { type: 'line'; x1: number; y1: number; x2: number; y2: number; cap?: 'butt' | 'round' | 'square' })
  | (Styled & { type: 'circle'; cx: number; cy: number; r: number })
  /** Arc of a circle from `start` to `end` (radians, clockwise in screen space). */
  | (Styled & { type: 'arc'; cx: number; cy: number; r: number; start: number; end: number })
  | (Styled & { type: 'polygon'; points: Point[]; closed?: boolean })
  | (Styled & {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      font?: 'sans' | 'mono' | 'serif';
      weight?: 'normal' | 'bold';
      align?: 'left' | 'center' | 'right';
      baseline?: 'top' | 'middle' | 'alphabetic' | 'bottom';
    })
  | { type: 'group'; id?: string; children: Primitive[] };

/** A picture described as primitives, drawn by renderers/canvas. */
export interface CanvasScene {
  kind: 'canvas';
  width: number;
  height: number;
  background: string;
  elements: Primitive[];
}

/**
 * What a renderer draws. Canvas scenes are the common case; other kinds (chart specs, meshes)
 * carry their own payload and are dispatched by `kind`.
 */
export type Scene = CanvasScene | { kind: string; [key: string]: unknown };

export interface RenderedImage {
  bytes: Buffer;
  format: 'png' | 'jpeg' | 'webp';
  width: number;
  height: number;
  /** Pixel box of every element that has an id. */
  boxes: Record<string, Box>;
  /** Chart renderers: every drawn text with its layout box, for the legibility check (renderers/legibility.ts). */
  texts?: TextBox[];
  /** What the renderer measured that the item's truth must carry (a matplotlib reference's extraction); merged into it by the pipeline. */
  truth?: Record<string, unknown>;
}

/** A drawn text: its layout box as four corners in image pixels (rotated texts stay tight) and its font size in pixels. */
export interface TextBox {
  text: string;
  size: number;
  quad: [Point, Point, Point, Point];
}
