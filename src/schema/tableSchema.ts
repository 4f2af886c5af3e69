/**
 * The subset of Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * this toolkit reads and writes. Field-level `missingValues` follows Table Schema v2.
 */
export type FieldType = "string" | "integer" | "number" | "boolean" | "year";

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
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
  missingValues?: string[];
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: FieldSchema[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
  missingValues?: string[];
}

/** A typed cell: null stands for a missing value (empty, or NA where the field allows it). */
export type CellValue = string | number | boolean | null;
