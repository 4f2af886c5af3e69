import { growTypedArray } from "../growTypedArray.ts";
import type { CellValue, FieldSchema } from "./tableSchema.ts";

/**
 * One field's values for every row of a table, stored by kind so that a
 * million rows cost a few typed arrays rather than a million objects:
 * - `pooled`: strings that repeat (keys, references, enums). Each distinct
 *   value is stored once; `codes` holds its number per row, -1 when missing.
 * - `text`: other strings (evidence, notes), null when missing.
 * - `number`: integers, numbers and years; NaN when missing.
 * - `boolean`: 1 true, 0 false, -1 missing.
 */
export type Column =
  | { kind: "pooled"; codes: Int32Array; values: string[] }
  | { kind: "text"; values: Array<string | null> }
  | { kind: "number"; values: Float64Array }
  | { kind: "boolean"; values: Int8Array };

/**
 * The typed value of one cell of a column.
 * @example columnValue({kind: "number", values: Float64Array.of(2, NaN)}, 1) // null
 */
export function columnValue(column: Column, index: number): CellValue {
  switch (column.kind) {
    case "pooled": {
      const code = column.codes[index]!;
      return code < 0 ? null : column.values[code]!;
    }
    case "text":
      return column.values[index] ?? null;
    case "number": {
      const value = column.values[index]!;
      return Number.isNaN(value) ? null : value;
    }
    case "boolean": {
      const value = column.values[index]!;
      return value < 0 ? null : value === 1;
    }
  }
}

/**
 * Appends typed values to a column while a file is read; `finish` trims the
 * spare capacity. One class for every kind, so the reader's calls stay
 * monomorphic (fast) whatever the field.
 */
export class ColumnBuilder {
  readonly kind: Column["kind"];
  length = 0;
  #numbers = new Float64Array(0);
  #flags = new Int8Array(0);
  #codes = new Int32Array(0);
  #texts: Array<string | null> = [];
  /** Pooled kind: each distinct value, and its number. */
  readonly pool: string[] = [];
  readonly #ordinals = new Map<string, number>();

  /** `pooled` for string fields whose values repeat (keys, references, enums). */
  constructor(field: FieldSchema, pooled: boolean) {
    this.kind =
      field.type === "string" ? (pooled ? "pooled" : "text") : field.type === "boolean" ? "boolean" : "number";
    if (this.kind === "pooled") this.#codes = new Int32Array(1024);
    else if (this.kind === "number") this.#numbers = new Float64Array(1024);
    else if (this.kind === "boolean") this.#flags = new Int8Array(1024);
  }

  /** The number of a value already in the pool, or undefined. */
  knownCode(value: string): number | undefined {
    return this.#ordinals.get(value);
  }

  /** The number of a pooled value, adding it to the pool when new. */
  codeOf(value: string): number {
    let code = this.#ordinals.get(value);
    if (code === undefined) {
      code = this.pool.push(value) - 1;
      this.#ordinals.set(value, code);
    }
    return code;
  }

  /** Appends a pooled value by its number (-1 when missing). */
  pushCode(code: number): void {
    if (this.length === this.#codes.length) this.#codes = growTypedArray(this.#codes);
    this.#codes[this.length++] = code;
  }

  /** Appends a value of any kind (pooled values are numbered first). */
  push(value: CellValue): void {
    switch (this.kind) {
      case "pooled":
        this.pushCode(value === null ? -1 : this.codeOf(value as string));
        return;
      case "text":
        this.#texts.push(value as string | null);
        this.length++;
        return;
      case "number":
        if (this.length === this.#numbers.length) this.#numbers = growTypedArray(this.#numbers);
        this.#numbers[this.length++] = value === null ? Number.NaN : (value as number);
        return;
      case "boolean":
        if (this.length === this.#flags.length) this.#flags = growTypedArray(this.#flags);
        this.#flags[this.length++] = value === null ? -1 : value ? 1 : 0;
        return;
    }
  }

  finish(): Column {
    switch (this.kind) {
      case "pooled":
        return { kind: "pooled", codes: this.#codes.slice(0, this.length), values: this.pool };
      case "text":
        return { kind: "text", values: this.#texts };
      case "number":
        return { kind: "number", values: this.#numbers.slice(0, this.length) };
      case "boolean":
        return { kind: "boolean", values: this.#flags.slice(0, this.length) };
    }
  }
}
