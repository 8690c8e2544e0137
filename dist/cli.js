#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  nodeModule.enableCompileCache?.();
}

// package.json
var package_default = {
  name: "python-embedded",
  version: "0.1.0",
  description: "A private, relocatable, checksum-verified CPython from python-build-standalone with a uv virtual environment: GitHub Action, library and CLI (pyembed).",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=22"
  },
  bin: {
    pyembed: "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      default: "./dist/index.js"
    }
  },
  files: [
    "dist",
    "action.yml"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "tsc --noEmit && eslint . && prettier --check .",
    format: "prettier --write .",
    test: "bash scripts/with-node24.sh vitest run",
    "test:faults": "bash scripts/with-node24.sh vitest run __tests__/reliability",
    "reliability:report": "bash scripts/reliability-report.sh",
    "world:tools": "bash scripts/world-tools.sh",
    "catalog:update": "tsx scripts/catalog-update.ts",
    demo: "bash scripts/demo.sh",
    bench: "bash scripts/with-node24.sh tsx bench/run.ts"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@github/local-action": "^7.0.1",
    "@types/node": "^20.19.43",
    "@types/tar-stream": "^3.1.5",
    "@types/yauzl": "^3.4.0",
    "@types/yazl": "^3.3.1",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^3.2.7"
  },
  dependencies: {
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@octokit/rest": "^22.0.1",
    commander: "^14.0.3",
    fzstd: "^0.1.1",
    "smol-toml": "^1.9.1",
    "tar-stream": "^3.2.2",
    yauzl: "^3.4.0",
    yazl: "^3.3.1"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;
function answeredVersion(argv2) {
  if (argv2.length !== 1 || argv2[0] !== "--version" && argv2[0] !== "-V") return false;
  process.stdout.write(`${VERSION}
`);
  return true;
}

// src/cli/main.ts
var argv = process.argv.slice(2);
if (!answeredVersion(argv)) {
  enableCompileCache();
  const { runCliProcess } = await import("./cli-run.js");
  process.exitCode = await runCliProcess(argv);
}
