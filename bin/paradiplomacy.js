#!/usr/bin/env node
// Thin launcher: checks the Node version, then hands over to the compiled CLI (lib/, built by `npm ci` or `npm run build:lib`).
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    `paradiplomacy needs Node.js 20.19 or later (its dependencies Vite 8 and jsdom do); this is Node.js ${process.versions.node}.\n`,
  );
  process.exit(2);
}
// A reader that stops early (`paradiplomacy codebook | head`) closes the pipe: stop writing, quietly, as Unix tools do,
// rather than crash with an unhandled EPIPE.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
const { removeTemporaryFilesOnExit } = await import("../lib/node/writeFileAtomic.js");
removeTemporaryFilesOnExit();
const { run } = await import("../lib/cli/run.js");
process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
