/** True when this V8 has Maglev on by default (V8 12, Node 22 and later). */
export declare function hasMaglev(v8Version?: string): boolean;
/** Leaves the process's hot code to Maglev (TurboFan off); a no-op where Maglev is not there. */
export declare function skipTurbofan(): void;
