import * as arrow from 'apache-arrow';

/**
 * A column type once, in both worlds: its Arrow type and its Hugging Face `datasets` feature, so
 * the schema and the `huggingface` metadata can never disagree.
 */
export interface Kind {
  type: arrow.DataType;
  feature: unknown;
}

export interface Column<R> {
  name: string;
  kind: Kind;
  get(row: R): unknown;
}

const value = (dtype: string, type: arrow.DataType): Kind => ({ type, feature: { dtype, _type: 'Value' } });
export const STRING = value('string', new arrow.Utf8());
export const INT32 = value('int32', new arrow.Int32());
export const FLOAT64 = value('float64', new arrow.Float64());

export function structOf(fields: [string, Kind][]): Kind {
  return {
    type: new arrow.Struct(fields.map(([n, k]) => new arrow.Field(n, k.type, true))),
    feature: Object.fromEntries(fields.map(([n, k]) => [n, k.feature])),
  };
}

/** `datasets` writes a list feature as a one-element JSON list; every version reads that form. */
export function listOf(item: Kind): Kind {
  return { type: new arrow.List(new arrow.Field('item', item.type, true)), feature: [item.feature] };
}

/** The storage `datasets` uses for its Image feature: a {bytes, path} struct, decoded on access. */
export const IMAGE: Kind = {
  type: new arrow.Struct([new arrow.Field('bytes', new arrow.Binary(), true), new arrow.Field('path', new arrow.Utf8(), true)]),
  feature: { _type: 'Image' },
};

/** Arrow schema with the `huggingface` entry that makes `load_dataset('parquet')` restore the features. */
export function schemaOf<R>(columns: Column<R>[]): arrow.Schema {
  const features = Object.fromEntries(columns.map((c) => [c.name, c.kind.feature]));
  return new arrow.Schema(
    columns.map((c) => new arrow.Field(c.name, c.kind.type, true)),
    new Map([['huggingface', JSON.stringify({ info: { features } })]]),
  );
}

/** One Arrow record batch from rows (column by column). */
export function toRecordBatch<R>(columns: Column<R>[], schema: arrow.Schema, rows: R[]): arrow.RecordBatch {
  const children = columns.map((c) => arrow.vectorFromArray(rows.map((r) => c.get(r)) as unknown[], c.kind.type).data[0]);
  const data = arrow.makeData({ type: new arrow.Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new arrow.RecordBatch(schema, data);
}
