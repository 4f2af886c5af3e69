import { execFileSync } from "node:child_process";
import { readdirSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, temporaryFolder } from "../helpers.ts";

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_loglevel: "error" },
  });

describe("the npm package", () => {
  it("packs compiled JavaScript and types that, installed in another folder, run as `npx paradiplomacy` and import in plain Node", () => {
    const packs = temporaryFolder();
    npm(["pack", "--pack-destination", packs], ROOT);
    const [tarball] = readdirSync(packs).filter((name) => name.endsWith(".tgz"));
    const consumer = temporaryFolder();
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // The dependencies come from npm's cache, filled by the project's own install.
    npm(["install", "--prefer-offline", "--no-audit", "--no-fund", join(packs, tarball!)], consumer);
    const validated = execFileSync(
      "npx",
      ["paradiplomacy", "validate", join(consumer, "node_modules/paradiplomacy/datasets/indonesia")],
      { cwd: consumer, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(validated).toBe("");
    // Installed, the shipped dataset is inside node_modules, and data-path says where.
    const dataPath = execFileSync("npx", ["paradiplomacy", "data-path"], {
      cwd: consumer,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(realpathSync(dataPath.trim())).toBe(
      realpathSync(join(consumer, "node_modules/paradiplomacy/datasets/indonesia")),
    );
    writeFileSync(
      join(consumer, "use.js"),
      'import { scoreDataset, validateDataset } from "paradiplomacy";\nimport { readDatasetFiles } from "paradiplomacy/node";\n' +
        "console.log(typeof scoreDataset, typeof validateDataset, typeof readDatasetFiles);\n",
    );
    expect(execFileSync(process.execPath, ["use.js"], { cwd: consumer, encoding: "utf8" })).toBe(
      "function function function\n",
    );
    const shipped = readdirSync(join(consumer, "node_modules/paradiplomacy/lib"));
    expect(shipped).toContain("index.d.ts");
    // The column store is internal: not part of the package's API.
    writeFileSync(
      join(consumer, "internal.js"),
      'import * as api from "paradiplomacy";\nconsole.log("Table" in api);\n',
    );
    expect(execFileSync(process.execPath, ["internal.js"], { cwd: consumer, encoding: "utf8" })).toBe("false\n");
    // The incremental build's record stays out of the package.
    expect(shipped).not.toContain(".tsbuildinfo");
  }, 120_000);
});
