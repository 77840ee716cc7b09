/** The difficulty model's compute devices, kept apart from runtime.ts so that naming them (CLI flags) does not load TF.js. */
export type Device = 'auto' | 'cpu' | 'gpu';
export const DEVICES: readonly Device[] = ['auto', 'cpu', 'gpu'];
