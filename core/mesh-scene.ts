// The scene of a CAD part as one view of its triangle mesh: what the CAD generators emit and
// renderers/mesh draws. Plain JSON; all coordinates in millimetres.

export type Vec3 = [number, number, number];

export type MeshView = 'iso' | 'front' | 'top' | 'right';

export interface MeshScene {
  kind: 'mesh';
  view: MeshView;
  width: number;
  height: number;
  mesh: {
    /** x,y,z per vertex. */
    positions: number[];
    /** Three vertex indices per triangle. */
    indices: number[];
    /** Edges as segments x1,y1,z1,x2,y2,z2, drawn where visible; when empty the renderer draws the
     *  mesh's sharp edges (dihedral angle over 25°). */
    edges: number[];
  };
  /**
   * Camera framing: the world point at the image centre and the world size (mm) that the image's
   * shorter side spans. A fixed span across a dataset keeps parts of different sizes comparable.
   */
  frame: { center: Vec3; span: number };
  /** Features with evidence boxes: the box is the projection of the points (e.g. a hole's rim). */
  features: { id: string; points: number[] }[];
  /** Dimension annotations: a line between two points with a label, drawn beside the part. */
  dims?: { id?: string; from: Vec3; to: Vec3; text: string }[];
  /** Title drawn in the corner (the view name). */
  title?: string;
}
