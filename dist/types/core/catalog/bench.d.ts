export declare const BENCH_SPECS: string[];
export declare const BENCH_PLATFORMS: string[];
export interface ResolverBenchResult {
    builds: number;
    firstIndexMs: number;
    specs: number;
    iterations: number;
    meanMsPerSpec: number;
    maxMsPerSpec: number;
}
export declare function benchResolver(iterations?: number): ResolverBenchResult;
