#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  VERSION
} from "./chunk-RXYS6PQM.js";
import "./chunk-APXFQ2F5.js";

// src/cli/program.ts
async function runCli(argv) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const [{ parseArgv }, { COMMANDS }, { globalOptions }, { runInvocation }] = await Promise.all([
    import("./parse-3SVTO4MO.js"),
    import("./specs-MBK2EA2D.js"),
    import("./options-IOOAGFIZ.js"),
    import("./invoke-C6N2XHMK.js")
  ]);
  const parsed = parseArgv(argv, COMMANDS, globalOptions());
  if (parsed.kind === "run") return runInvocation(parsed);
  return runWithCommander(argv, runInvocation);
}
async function runWithCommander(argv, runInvocation) {
  const [{ buildProgram }, { CommanderError }, { USAGE_EXIT_CODE }] = await Promise.all([
    import("./register-M7MJWVI4.js"),
    import("./esm-I6IQVLGE.js"),
    import("./output-EYZALOFP.js")
  ]);
  let exitCode = 0;
  const program = buildProgram(async (invocation) => {
    exitCode = await runInvocation(invocation);
  }, argv);
  const json = argv.includes("--json");
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      if (json) {
        const doc = {
          error: {
            name: "UsageError",
            message: e.message.replace(/^error: /, ""),
            exitCode: USAGE_EXIT_CODE
          }
        };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}
`);
      }
      return USAGE_EXIT_CODE;
    }
    throw e;
  }
  return exitCode;
}
export {
  runCli
};
