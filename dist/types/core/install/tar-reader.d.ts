/**
 * TarReader: a tar stream read as its bytes arrive (ustar and GNU headers, GNU long names, pax path, linkpath
 * and size), each entry's data handed on as views of the chunks it came in. One object for the whole archive:
 * tar-stream, used before, made a stream per entry (3,367 for a CPython build) and handed every chunk through
 * its queues, ~45 ms of CPU per install that this thread could not spend writing files. Headers are checked as
 * tar-stream checked them (checksum, a known magic), with its messages.
 */
export type TarEntryType = 'file' | 'link' | 'symlink' | 'character-device' | 'block-device' | 'directory' | 'fifo' | 'contiguous-file' | `flag ${string}`;
export interface TarEntry {
    name: string;
    type: TarEntryType;
    size: number;
    mode: number;
    mtime: Date;
    linkname: string;
}
/** Receives the entries in order: `begin`, then the entry's `size` bytes through `data`, then `end`. */
export interface TarSink {
    begin(e: TarEntry): void;
    data(piece: Buffer): void;
    end(): void;
}
export declare class TarReader {
    private readonly sink;
    /** Bytes of a header split across chunks. */
    private partial;
    /** Data bytes of the current entry still to come, then the padding to the next block. */
    private left;
    private pad;
    /** A long-name or pax entry being collected: its type flag and the parts of its body. */
    private meta;
    private next;
    constructor(sink: TarSink);
    write(chunk: Buffer): void;
    /** The stream ended: anything but a block boundary between entries is a truncated archive. */
    end(): void;
    private header;
    private start;
    private finish;
}
