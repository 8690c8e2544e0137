/**
 * Splits a byte stream into lines for handlers. A StringDecoder keeps multi-byte characters that
 * straddle two chunks intact; a trailing '\r' (CRLF output, e.g. from Windows tools) is dropped.
 */
export declare class LineSplitter {
    private readonly onLine;
    private readonly decoder;
    private rest;
    constructor(onLine: (line: string) => void, encoding?: BufferEncoding);
    push(chunk: Buffer): void;
    /** Emits the last line when the stream ended without a newline. */
    end(): void;
    private emit;
}
/**
 * Keeps the first `limit` bytes of a stream (the output a caller parses) plus a short tail
 * (what an error message and out-of-memory detection need, even when the head was capped).
 */
export declare class BoundedCapture {
    private readonly limit;
    private readonly tailLimit;
    private readonly chunks;
    private size;
    private tailBuf;
    truncated: boolean;
    constructor(limit: number, tailLimit?: number);
    push(chunk: Buffer): void;
    text(encoding: BufferEncoding): string;
    tail(encoding: BufferEncoding): string;
}
/** The last `maxLines` lines of a text, for error messages. */
export declare function tailLines(text: string, maxLines?: number): string;
