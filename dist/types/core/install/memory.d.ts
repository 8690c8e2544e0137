/** Returns a counter: feed it byte counts; it collects young garbage every `everyBytes` (when it can). */
export declare function garbageMeter(everyBytes?: number): (bytes: number) => void;
