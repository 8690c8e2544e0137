export declare function poetryToPep440(constraint: string): string | undefined;
