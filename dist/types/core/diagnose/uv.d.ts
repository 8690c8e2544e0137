import type { DiagnoseCheck } from './types.js';
/** Finds an executable on PATH the way a shell would (no `which` dependency). */
export declare function findOnPath(name: string, env?: NodeJS.ProcessEnv): Promise<string | undefined>;
export declare function runText(cmd: string, args: string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<{
    ok: boolean;
    out: string;
    err: string;
}>;
export declare function uvCheck(o: {
    uvPath?: string;
    expectedVersion?: string;
    env?: NodeJS.ProcessEnv;
}): Promise<DiagnoseCheck>;
