export type * from './types.js';
export { runSetup, runPlan } from './run.js';
export { planSetup, isVenvPath } from './plan.js';
export { managerInstaller, managerOptions, type ManagerInstallerOptions } from './installer.js';
export { chooseSpec, chooseSpecs, type RequestedPython } from './spec.js';
export { installPackages, listInstalled, hasPackages } from './environment.js';
export { ensurePrivateUv, type PrivateUvOptions } from './uv.js';
