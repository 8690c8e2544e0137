import type { DiagnoseCheck, SystemInfo } from './types.js';
export declare function systemInfo(): Promise<SystemInfo>;
export declare function systemChecks(info: SystemInfo): DiagnoseCheck[];
