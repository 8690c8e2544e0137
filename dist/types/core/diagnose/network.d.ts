import type { DiagnoseCheck, HostTarget } from './types.js';
/**
 * Reachability of one configured host: a single HEAD request, no redirects followed, no credentials.
 * Any HTTP answer (even 404/405) proves the host is reachable; only a network error or a timeout fails.
 */
export declare function hostCheck(target: HostTarget, o?: {
    timeoutMs?: number;
    offline?: boolean;
    fetch?: typeof fetch;
}): Promise<DiagnoseCheck>;
