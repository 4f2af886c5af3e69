import { run } from "/work/wt-documents/src/cli/run.ts";
process.exitCode = await run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
