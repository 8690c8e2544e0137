/**
 * zstd decoding with a bounded window. A frame header declares the window the decoder must keep (up to
 * ~2 GB for fzstd, which allocates it up front and copies it per block). Every frame's header is read as the
 * bytes pass, before the decoder sees them, and a window past 128 MiB (window log 27, the reference `zstd`'s
 * own default limit) is refused. Real archives use 8 MiB (level 19) or at most 128 MiB (--long / --ultra).
 */
import { Transform } from 'node:stream';
export declare const MAX_WINDOW_LOG = 27;
export declare const MAX_WINDOW_BYTES: number;
/**
 * Walks the zstd frame structure (RFC 8878 §3.1) without decoding: frame headers are parsed, block bodies
 * and skippable frames are counted past. Throws a typed error for a window over the bound or a bad magic.
 */
export declare class ZstdFrameScanner {
    private readonly archive;
    private readonly maxWindow;
    private state;
    private pending;
    constructor(archive: string, maxWindow?: number);
    push(chunk: Buffer): void;
    /** Consumes one unit from the front of `buf`; 0 when more bytes are needed. */
    private step;
    private frameHeader;
    private corrupt;
}
/** `auto`: Node's own zstd where it exists (>= 22.15), else fzstd; `fzstd` forces the pure-JS decoder. */
export type ZstdDecoder = 'auto' | 'fzstd';
/** Decoder input: frames checked by the scanner first, then decoded by Node's zstd or fzstd (Node < 22.15). */
export declare function zstdDecompressor(archive: string, decoderName?: ZstdDecoder): Transform[];
