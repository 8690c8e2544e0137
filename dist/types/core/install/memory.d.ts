/** Returns a counter: feed it byte counts; it collects young garbage every `everyBytes`. */
export declare function garbageMeter(everyBytes?: number): (bytes: number) => void;
