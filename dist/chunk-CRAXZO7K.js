import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);

// src/core/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCache() {
  nodeModule.enableCompileCache?.();
}

export {
  enableCompileCache
};
