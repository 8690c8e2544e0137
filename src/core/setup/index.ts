// The one plan both faces run: resolve -> install -> uv -> venv -> packages (-> export).
export type * from './types.js';
export { runSetup, isVenvPath } from './run.js';
export { managerInstaller, type ManagerInstallerOptions } from './installer.js';
export { chooseSpec } from './spec.js';
export { setupOptionsFromConfig } from './from-config.js';
export { ensureVenv, installPackages, listInstalled, hasPackages, type PackagePlan } from './environment.js';
export { ensurePrivateUv, type PrivateUvOptions } from './uv.js';
