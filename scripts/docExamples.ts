// Runs every example in README.md and docs/*.md, and writes each sample output from the real output, so that
// neither can go stale. The convention is in docs/writing-docs.md:
//
// - a ```sh block is run by bash (set -eo pipefail), a ```ts block by tsx, in order, in one scratch folder per
//   Markdown file that holds a copy of datasets/ and this package installed (`npx paradiplomacy`, compiled from
//   src/ into test-output/docs-package/, and `import … from "paradiplomacy"` resolving to src/);
// - a ```text output block right after a runnable block holds what it printed (stdout and stderr as a terminal
//   shows them);
// - ```sh norun and ```ts norun blocks are not run (the prose says why); any other language is never run.
//
// `npm run docs:samples` rewrites the output blocks; test/docs/examples.test.ts fails when one is stale.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The languages that run, and the flag that keeps a block of theirs from running. */
const RUNNABLE = new Set(["sh", "ts"]);
const NO_RUN = "norun";
const OUTPUT = "output";

/** How long one block may run. */
const TIMEOUT_MS = 120_000;

export interface DocBlock {
  /** The block's language: the first word of its info string. */
  language: string;
  /** The words after the language (`norun`, `output`). */
  flags: string[];
  /** The block's text, ending with a newline. */
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 0-based lines of the opening and (exclusive) after the closing fence, as markdown-it maps them. */
  map: [number, number];
  /** The fence itself (three or more backticks or tildes). */
  fence: string;
}

export interface DocExample {
  block: DocBlock;
  /** The output block that follows it, if there is one. */
  output?: DocBlock;
}

/** Every Markdown file whose examples run: README.md and docs/*.md (docs/api/ is generated, and not run). */
export function docFiles(root = ROOT): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join("docs", name));
  return ["README.md", ...docs];
}

/** The fenced code blocks of a Markdown text, in order. */
export function blocksOf(markdown: string): DocBlock[] {
  return new MarkdownIt()
    .parse(markdown, {})
    .filter((token) => token.type === "fence" && token.map !== null)
    .map((token) => {
      const [language = "", ...flags] = token.info.trim().split(/\s+/);
      return {
        language,
        flags,
        code: token.content,
        line: token.map![0] + 1,
        map: [token.map![0], token.map![1]] as [number, number],
        fence: token.markup,
      };
    });
}

/**
 * The runnable blocks of a Markdown text, each with the output block that follows it. An output block after a
 * block that does not run, or not right after a runnable one, is an error: it could never be checked.
 */
export function examplesOf(markdown: string, file: string): DocExample[] {
  const lines = markdown.split("\n");
  const blocks = blocksOf(markdown);
  const examples: DocExample[] = [];
  blocks.forEach((block, index) => {
    if (block.flags.includes(OUTPUT)) {
      const previous = blocks[index - 1];
      const between = previous === undefined ? [] : lines.slice(previous.map[1], block.map[0]);
      const follows = previous !== undefined && runs(previous) && between.every((line) => line.trim() === "");
      if (!follows)
        throw new Error(
          `${file}:${block.line}: an output block must follow a runnable \`\`\`sh or \`\`\`ts block, with only blank lines between`,
        );
      examples.at(-1)!.output = block;
      return;
    }
    if (!RUNNABLE.has(block.language)) return;
    // A misspelt flag would run a block meant not to run.
    if (block.flags.some((flag) => flag !== NO_RUN))
      throw new Error(`${file}:${block.line}: unknown flag in "${block.language} ${block.flags.join(" ")}"`);
    if (runs(block)) examples.push({ block });
  });
  return examples;
}

function runs(block: DocBlock): boolean {
  return RUNNABLE.has(block.language) && !block.flags.includes(NO_RUN) && !block.flags.includes(OUTPUT);
}

/**
 * The package as a reader installs it (its package.json, bin, shipped dataset and compiled lib/), compiled from src/ as it is now
 * into test-output/docs-package/: apart from lib/, which `npm pack` and `npm run build:lib` rewrite, so that the
 * examples never run a half-written file. Inside the project, so that its dependencies resolve from node_modules.
 */
export function installedPackage(root = ROOT): string {
  const folder = join(root, "test-output/docs-package");
  mkdirSync(join(folder, "bin"), { recursive: true });
  copyFileSync(join(root, "package.json"), join(folder, "package.json"));
  copyFileSync(join(root, "bin/paradiplomacy.js"), join(folder, "bin/paradiplomacy.js"));
  // The shipped dataset, as package.json's "files" ships it (`paradiplomacy data-path` prints where it is).
  cpSync(join(root, "datasets/indonesia"), join(folder, "datasets/indonesia"), { recursive: true });
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const lib = join(folder, "lib");
  execFileSync(
    process.execPath,
    [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", lib, "--tsBuildInfoFile", join(lib, ".tsbuildinfo")],
    { cwd: root, stdio: "pipe" },
  );
  return folder;
}

/**
 * A scratch folder as a reader's own folder would be: a copy of the shipped datasets and the test fixtures, and this package installed
 * (a link to `installedPackage()`, so `npx paradiplomacy` runs its bin; `import … from "paradiplomacy"` in a
 * ```ts block resolves to src/ through tsconfig paths).
 */
export function scratchFolder(packageFolder: string, root = ROOT): string {
  const folder = mkdtempSync(join(tmpdir(), "paradiplomacy-docs-"));
  cpSync(join(root, "datasets"), join(folder, "datasets"), { recursive: true });
  // The test fixtures too, which pages on faulty files and other tools' tables point at.
  cpSync(join(root, "test/fixtures"), join(folder, "test/fixtures"), { recursive: true });
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "reader", private: true, type: "module" }));
  mkdirSync(join(folder, "node_modules/.bin"), { recursive: true });
  symlinkSync(packageFolder, join(folder, "node_modules/paradiplomacy"));
  symlinkSync("../paradiplomacy/bin/paradiplomacy.js", join(folder, "node_modules/.bin/paradiplomacy"));
  writeFileSync(
    join(folder, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        allowImportingTsExtensions: true,
        paths: {
          paradiplomacy: [join(root, "src/index.ts")],
          "paradiplomacy/node": [join(root, "src/node/index.ts")],
        },
      },
    }),
  );
  return folder;
}

export interface RunResult {
  /** What the block printed, stdout and stderr interleaved as a terminal shows them. */
  output: string;
  status: number | null;
}

/** Runs one block in the scratch folder: `sh` with bash, `ts` with tsx. */
export function runBlock(block: DocBlock, folder: string, root = ROOT, index = 0): RunResult {
  const env = {
    ...process.env,
    PATH: `${join(folder, "node_modules/.bin")}:${process.env.PATH ?? ""}`,
    TZ: "UTC",
    LANG: "C.UTF-8",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    npm_config_update_notifier: "false",
    npm_config_loglevel: "error",
  };
  let script: string;
  if (block.language === "sh") script = `set -eo pipefail\n${block.code}`;
  else {
    const file = join(folder, `example-${index}.ts`);
    writeFileSync(file, block.code);
    script = `exec ${JSON.stringify(join(root, "node_modules/.bin/tsx"))} ${JSON.stringify(file)}`;
  }
  // One stream for stdout and stderr, in the order they were written.
  const result = spawnSync("bash", ["-c", `exec 2>&1\n${script}`], {
    cwd: folder,
    env,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = (result.stdout ?? "").split(folder).join(".");
  return { output, status: result.error ? null : result.status };
}

export interface FileReport {
  file: string;
  /** One entry per runnable block: where it is, what it printed, and what went wrong. */
  results: { example: DocExample; run: RunResult; problem?: string }[];
}

/** Runs every example of one Markdown file, in order, in a fresh scratch folder, with the package `installedPackage()` made. */
export function runFile(file: string, packageFolder: string, root = ROOT): FileReport {
  const markdown = readFileSync(join(root, file), "utf8");
  const examples = examplesOf(markdown, file);
  const report: FileReport = { file, results: [] };
  if (examples.length === 0) return report;
  const folder = scratchFolder(packageFolder, root);
  try {
    examples.forEach((example, index) => {
      const run = runBlock(example.block, folder, root, index);
      const where = `${file}:${example.block.line}`;
      let problem: string | undefined;
      if (run.status !== 0)
        problem = `${where}: the ${example.block.language} block exited with ${run.status ?? "a timeout"}:\n${run.output}`;
      else if (example.output !== undefined && example.output.code !== run.output)
        problem = `${where}: its output block is stale; run npm run docs:samples`;
      report.results.push({ example, run, problem });
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return report;
}

/** The Markdown with each output block replaced by what its block printed. */
export function withOutputs(markdown: string, report: FileReport): string {
  const lines = markdown.split("\n");
  // From the last block up, so that earlier line numbers stay right.
  for (const { example, run } of [...report.results].reverse()) {
    if (example.output === undefined) continue;
    const [start, end] = example.output.map;
    const text = run.output.endsWith("\n") || run.output === "" ? run.output : `${run.output}\n`;
    const fence = text.includes(example.output.fence) ? "````" : example.output.fence;
    const replacement = [`${fence}text ${OUTPUT}`, ...text.split("\n").slice(0, -1), fence];
    lines.splice(start, end - start, ...replacement);
  }
  return lines.join("\n");
}

/** `npm run docs:samples [FILE…]`: runs the examples and rewrites every output block; exits 1 if a block failed. */
async function main(files: string[]) {
  let failed = 0;
  const packageFolder = installedPackage();
  for (const file of files.length > 0 ? files : docFiles()) {
    const report = runFile(relative(ROOT, resolve(file)), packageFolder);
    const markdown = readFileSync(join(ROOT, report.file), "utf8");
    const written = withOutputs(markdown, report);
    if (written !== markdown) writeFileSync(join(ROOT, report.file), written);
    for (const { problem } of report.results)
      if (problem !== undefined && !problem.endsWith("run npm run docs:samples")) {
        failed++;
        process.stderr.write(`${problem}\n`);
      }
    process.stdout.write(
      `${report.file}: ${report.results.length} examples run${written !== markdown ? ", outputs rewritten" : ""}\n`,
    );
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
