import type { Family } from '../family.js';
import { chord, circularSegment, inscribed, intersectingChords, sector, tangentKite, tangentLength } from './circles.js';
import { equilateralCircle, hexagon, rectangle, rhombus, squareMinusCircle, transversal } from './polygons.js';
import { congruence } from './congruence.js';
import { parallelRelation, tangentRelation } from './relations.js';
import { angleSum, bisector, inradius, isosceles, midsegment, pythagoras } from './triangles.js';

/** Families by tier: more construction steps and deduction depth at each tier. */
export const TIERS: Record<1 | 2 | 3 | 4 | 5, Family[]> = {
  1: [angleSum, pythagoras(false), rectangle('area'), rectangle('perimeter')],
  2: [isosceles, transversal, midsegment, sector(false), pythagoras(true), rectangle('diagonal')],
  3: [inscribed, tangentLength, chord, hexagon(false), sector(true), squareMinusCircle, rhombus],
  4: [bisector(false), bisector(true), tangentRelation, parallelRelation, congruence, intersectingChords, equilateralCircle(false), hexagon(true)],
  5: [circularSegment, tangentKite, equilateralCircle(true), inradius],
};

export const FAMILIES: Family[] = Object.values(TIERS).flat();
export const FAMILY_NAMES = FAMILIES.map((f) => f.name);

export function familyByName(name: string): Family | undefined {
  return FAMILIES.find((f) => f.name === name);
}
