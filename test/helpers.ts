import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type Io } from "../src/cli/run.ts";
import type { DatasetTexts } from "../src/dataset/readDataset.ts";
import { validateDataset } from "../src/validate/validateDataset.ts";
import { formatProblem } from "../src/problem.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const INDONESIA = join(ROOT, "datasets/indonesia");

/** A small valid dataset, as text, that tests break one file at a time. */
export const MINIMAL = {
  partnerships:
    "id,local_government,local_government_level,country_code,country_name,partner,partner_level,partner_country_code,partner_country_name,kind,local_latitude,local_longitude,partner_latitude,partner_longitude,coordinates_source,first_contact_year,status,source,locator,notes\n" +
    "kota-a-kota-b,Kota A,city,ID,Indonesia,Kota B,city,ZA,South Africa,sister-city,-8.65,115.22,-34.18,22.13,,2019,active,src,4.1,\n",
  events:
    "id,partnership,date,stage,field,description,status,source,locator,duration_years,evidence_kind,note\n" +
    "e1,kota-a-kota-b,2019-05,mou-signed,,MoU signed,realised,src,4.1,,finding,\n",
  codings:
    "partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n" +
    "kota-a-kota-b,three-layers,culture,2,ana,a festival took place,finding,src,4.2,\n",
  portfolio_codings: "local_government,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n",
  sources:
    "id,type,authors,year,as_of,title,container,url,citation,language,note\nsrc,journal-article,,,,A title,,,A citation.,id,\n",
};

export function textsOf(files: Partial<Record<keyof typeof MINIMAL, string>>): DatasetTexts {
  const merged = { ...MINIMAL, ...files };
  return {
    resources: Object.fromEntries(Object.entries(merged).map(([name, text]) => [name, { file: `${name}.csv`, text }])),
  };
}

/** Validates MINIMAL with some files replaced, codebook rules included; returns the formatted problems. */
export function problemsOf(files: Partial<Record<keyof typeof MINIMAL, string>>): string[] {
  return validateDataset(textsOf(files)).problems.map(formatProblem);
}

export { temporaryFolder, removeTemporaryFolders } from "./temporaryFolders.ts";
import { temporaryFolder } from "./temporaryFolders.ts";

/** A copy of the shipped datapackage.json with MINIMAL's (or given) CSV files, in a fresh temporary folder. */
export function writeDatasetFolder(files: Partial<Record<keyof typeof MINIMAL, string>> = {}): string {
  const folder = temporaryFolder();
  cpSync(join(INDONESIA, "datapackage.json"), join(folder, "datapackage.json"));
  for (const [name, text] of Object.entries({ ...MINIMAL, ...files })) writeFileSync(join(folder, `${name}.csv`), text);
  return folder;
}

/** Runs the CLI in-process through `run(argv, io)`, capturing what it prints. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

/** The same, with more of the `Io` given (another registry, say). */
export async function cliWith(
  io: Partial<Io>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    ...io,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}
