/**
 * The subset of Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * this toolkit reads and writes. Field-level `missingValues` follows Table Schema v2.
 */
export type FieldType = "string" | "integer" | "number" | "boolean" | "year";

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface FieldSchema {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  /** Example value, shown in the format documentation. */
  example?: string;
  constraints?: FieldConstraints;
  /** Strings that mean "no value" for this field; overrides the schema's. */
  missingValues?: readonly string[];
  /**
   * A file may leave this column out, and its cells are then empty: for a column added to the format after files
   * were written in it, such as a text's Indonesian version. A property of this toolkit (Table Schema has none for
   * one field); `fieldsMatch: "superset"` says the same of every field that is not required.
   */
  optional?: boolean;
}

export interface ForeignKey {
  fields: readonly string[];
  reference: { resource: string; fields: readonly string[] };
}

export interface TableSchema {
  fields: readonly FieldSchema[];
  /**
   * How a file's columns must match the fields (Table Schema v2): `equal`
   * (the default here) every field has its column, in any order; `superset`
   * a file may leave out the columns of fields that are not required. A
   * column the schema does not name is reported either way.
   */
  fieldsMatch?: "equal" | "superset";
  primaryKey?: readonly string[];
  foreignKeys?: readonly ForeignKey[];
  missingValues?: readonly string[];
}

/** A typed cell: null stands for a missing value (empty, or NA where the field allows it). */
export type CellValue = string | number | boolean | null;

/** The value a field holds once read: its enum's codes, a string, a number or a boolean. */
type FieldValue<Field extends FieldSchema> = Field["type"] extends "string"
  ? Field["constraints"] extends { enum: readonly (infer Code)[] }
    ? Code
    : string
  : Field["type"] extends "boolean"
    ? boolean
    : number;

/**
 * The row type a Table Schema declares (for a schema written `as const`):
 * one property per field, null where the field may be missing.
 */
export type RowOf<Schema extends TableSchema> = {
  -readonly [Field in Schema["fields"][number] as Field["name"]]: Field["constraints"] extends { required: true }
    ? FieldValue<Field>
    : FieldValue<Field> | null;
};
