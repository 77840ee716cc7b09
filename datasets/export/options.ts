// Export choices the CLI shows in its help, apart from the writers so that help loads no Arrow or Parquet.
export const FORMATS = ['hf', 'verl', 'jsonl'] as const;
export type ExportFormat = (typeof FORMATS)[number];
export const DEFAULT_ROW_GROUP_ROWS = 256;
