/**
 * Orders strings by UTF-16 code unit (Array.prototype.sort's own order). For the ASCII names compared here
 * (file names, release tags, keys) it is what `localeCompare` gives, without loading ICU's collation
 * data: ~3 MB of resident memory in a short-lived process.
 */
export declare const compareText: (a: string, b: string) => number;
