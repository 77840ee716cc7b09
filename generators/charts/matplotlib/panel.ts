import type { ChartSpec, TableData } from '../spec.js';

/**
 * What an emitter gets: the chart, the name of the axes variable it draws into, and the variable
 * names already taken in the script (panels of a grid share one namespace).
 */
export interface PanelContext {
  ax: string;
  names: Set<string>;
  /** Set for panels of a subplot grid: smaller texts, and the legend kept inside the axes. */
  inGrid?: boolean;
  /** Per-value error bars (same shape as the table's values), for the error-bar variants. */
  errors?: number[][];
}

/** Lines that draw one chart into `ctx.ax`, with the data as named Python lists first. */
export type PanelEmitter = (spec: ChartSpec, ctx: PanelContext) => string[];

export const tableOf = (spec: ChartSpec): TableData => {
  if (spec.data.kind !== 'table') throw new Error(`matplotlib: ${spec.type} needs table data`);
  return spec.data;
};
