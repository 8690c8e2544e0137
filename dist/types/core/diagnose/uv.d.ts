import type { DiagnoseCheck } from './types.js';
export declare function uvCheck(o: {
    uvPath?: string;
    expectedVersion?: string;
    env?: NodeJS.ProcessEnv;
}): Promise<DiagnoseCheck>;
