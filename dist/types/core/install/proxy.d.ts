export declare function proxyFor(url: URL, env?: NodeJS.ProcessEnv): URL | undefined;
export declare function bypassProxy(url: URL, noProxy: string): boolean;
