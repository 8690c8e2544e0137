export interface StoredResponse {
    url: string;
    etag: string;
    body: unknown;
}
export declare class EtagStore {
    private readonly dir?;
    private readonly memory;
    constructor(dir?: string | undefined);
    private file;
    get(url: string): Promise<StoredResponse | undefined>;
    put(url: string, etag: string, body: unknown): Promise<void>;
}
