#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/core/builtins.ts
import { createRequire } from "node:module";
var requireBuiltin;
var init_builtins = __esm({
  "src/core/builtins.ts"() {
    "use strict";
    requireBuiltin = createRequire(import.meta.url);
  }
});

// src/core/v8-tiers.ts
var init_v8_tiers = __esm({
  "src/core/v8-tiers.ts"() {
    "use strict";
    init_builtins();
  }
});

// src/core/install/memory.ts
function allowV8Tuning() {
  globalThis[HOST_GC] = true;
}
function streamedInProcess() {
  return globalThis[STREAMED] === true;
}
var HOST_GC, STREAMED, COLLECT_EVERY, FULL_ABOVE;
var init_memory = __esm({
  "src/core/install/memory.ts"() {
    "use strict";
    init_builtins();
    init_v8_tiers();
    HOST_GC = /* @__PURE__ */ Symbol.for("python-embedded.allowV8Tuning");
    STREAMED = /* @__PURE__ */ Symbol.for("python-embedded.streamed");
    COLLECT_EVERY = 2 * 1024 * 1024;
    FULL_ABOVE = 6 * 1024 * 1024;
  }
});

// src/core/idle.ts
function whileWaiting(task) {
  tasks.add(task);
  return () => tasks.delete(task);
}
var KEY, registry, tasks;
var init_idle = __esm({
  "src/core/idle.ts"() {
    "use strict";
    KEY = /* @__PURE__ */ Symbol.for("python-embedded.idle");
    registry = globalThis[KEY] ??= { tasks: /* @__PURE__ */ new Set(), scheduled: false };
    tasks = registry.tasks;
  }
});

// src/core/code-cache.ts
import { createRequire as createRequire2 } from "node:module";
function codeCacheFile(hash, name) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const os = req("node:os");
  const dir = process.env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), "node-compile-cache");
  return path.join(dir, "pyembed", `${hash}-${process.version}-${process.arch}-${name}.bin`);
}
function besideEntry(entryUrl, name) {
  const url = req("node:url");
  return path.join(path.dirname(url.fileURLToPath(entryUrl)), name);
}
async function runWithCodeCache(file, cacheFile, start, when = "ran") {
  const vm = req("node:vm");
  const nodeModule2 = req("node:module");
  const url = req("node:url");
  let cachedData;
  try {
    cachedData = cacheFile ? fs.readFileSync(cacheFile) : void 0;
  } catch {
    cachedData = void 0;
  }
  const script = new vm.Script(nodeModule2.wrap(fs.readFileSync(file, "utf8")), {
    filename: url.pathToFileURL(file).href,
    cachedData
  });
  const stale = cacheFile !== void 0 && (!cachedData || script.cachedDataRejected === true);
  if (stale && when === "compiled") saveCache(cacheFile, script.createCachedData());
  const idleCache = stale && when === "idle" ? cacheFile : void 0;
  let savedIdle = false;
  const stopIdle = idleCache === void 0 ? void 0 : whileWaiting(() => {
    saveCache(idleCache, script.createCachedData());
    savedIdle = true;
  });
  const mod = { exports: {} };
  script.runInThisContext().call(
    mod.exports,
    mod.exports,
    nodeModule2.createRequire(file),
    mod,
    file,
    path.dirname(file)
  );
  let result;
  try {
    result = await start(mod.exports);
  } finally {
    stopIdle?.();
  }
  if (stale && when === "ran" && !streamedInProcess()) saveCache(cacheFile, script.createCachedData());
  if (idleCache !== void 0 && !savedIdle) saveCache(idleCache, script.createCachedData());
  return result;
}
function saveCache(cacheFile, data) {
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, cacheFile);
  } catch {
  }
}
var req, fs, path;
var init_code_cache = __esm({
  "src/core/code-cache.ts"() {
    "use strict";
    init_idle();
    init_memory();
    req = createRequire2(import.meta.url);
    fs = req("node:fs");
    path = req("node:path");
  }
});

// src/action/code-cache.ts
function actionCodeCache(hash) {
  return process.env.RUNNER_ENVIRONMENT === "github-hosted" ? { file: codeCacheFile(hash, "action-job"), when: "idle" } : { file: codeCacheFile(hash, "action"), when: "ran" };
}
function runBuiltAction(hash) {
  const cache = actionCodeCache(hash);
  return runWithCodeCache(
    besideEntry(import.meta.url, "main-run.cjs"),
    cache.file,
    (m) => m.run(),
    cache.when
  );
}
var init_code_cache2 = __esm({
  "src/action/code-cache.ts"() {
    "use strict";
    init_code_cache();
  }
});

// run-file-loader:main
var main_exports = {};
__export(main_exports, {
  run: () => run
});
var run;
var init_main = __esm({
  "run-file-loader:main"() {
    init_code_cache2();
    run = () => runBuiltAction("b482ceb6a937bb9f");
  }
});

// src/core/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  nodeModule.enableCompileCache?.();
}

// src/action/main-entry.ts
init_memory();
enableCompileCache();
allowV8Tuning();
var { run: run2 } = await Promise.resolve().then(() => (init_main(), main_exports));
await run2();
