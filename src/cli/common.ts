import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { RESOURCES, RESOURCE_NAMES } from "../dataset/schemas.ts";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { DatasetReading } from "../dataset/readDataset.ts";
import type { Registry } from "../frameworks/registry.ts";
import { readDatasetFiles } from "../node/readDatasetFiles.ts";
import { writeFileAtomic } from "../node/writeFileAtomic.ts";
import { validateDataset } from "../validate/validateDataset.ts";

/** Where the CLI writes, and which frameworks it scores with; tests pass their own. */
export interface Io {
  /** The frameworks (default: the toolkit's registry). */
  registry?: Registry;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit statuses: 0 success, 1 invalid data, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function parse(
  args: string[],
  options: ParseArgsConfig["options"],
  allowPositionals = true,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args,
      options: { help: { type: "boolean", short: "h" }, ...options },
      allowPositionals,
      strict: true,
    });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  option: string,
): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T))
    throw new UsageError(`--${option} must be one of ${allowed.join(", ")}, found ${JSON.stringify(value)}`);
  return value as T;
}

/**
 * Reads and validates a dataset folder or a single file. With `alone`, a
 * single file's references to files not given are not checked (one coder's
 * codings compared for agreement).
 */
export async function load(
  path: string,
  registry: Registry,
  alone = false,
): Promise<DatasetReading & { readProblems: number }> {
  const loaded = await readDatasetFiles(path);
  const reading = validateDataset({ ...loaded.texts, alone }, loaded.name, registry);
  return { ...reading, problems: [...loaded.problems, ...reading.problems], readProblems: loaded.problems.length };
}

export async function emit(io: Io, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  else await writeFileAtomic(out, text.endsWith("\n") ? text : `${text}\n`);
}

/** Refuses an --out that is one of the dataset's own files: the output would replace the input it was made from. */
export async function refuseOverwritingInput(out: string | undefined, dataset: string | undefined): Promise<void> {
  if (out === undefined || dataset === undefined) return;
  const info = await stat(dataset).catch(() => undefined);
  const folder = info?.isDirectory() ? dataset : dirname(dataset);
  const inputs = ["datapackage.json", ...RESOURCE_NAMES.map((name) => RESOURCES[name].path)].map((file) =>
    resolve(folder, file),
  );
  if (inputs.includes(resolve(out)))
    throw new UsageError(`--out ${JSON.stringify(out)} is one of the dataset's own files; write the output elsewhere`);
}
