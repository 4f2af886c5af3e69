#!/usr/bin/env node
// Thin launcher: checks the Node version, registers tsx so the TypeScript sources run as they are, then hands over to the CLI.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    `paradiplomacy needs Node.js 20.19 or later (its dependencies Vite 8 and jsdom do); this is Node.js ${process.versions.node}.\n`,
  );
  process.exit(2);
}
const { register } = await import("tsx/esm/api");
register();
const { removeTemporaryFilesOnExit } = await import("../src/node/writeFileAtomic.ts");
removeTemporaryFilesOnExit();
const { run } = await import("../src/cli/run.ts");
process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
