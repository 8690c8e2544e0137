import { type Logger } from '../log.js';
import type { ExtractFormat } from '../install/extract.js';
/** Packs `dir` as `<topName>/...` into `out`; the format comes from out's extension. */
export declare function packDirectory(dir: string, out: string, o: {
    topName: string;
    format?: ExtractFormat;
    logger?: Logger;
}): Promise<void>;
