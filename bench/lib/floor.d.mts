// bench/lib/floor.mjs as the library worker imports it (its `extract` run in the library's warm process).
/** GET + sha256 + gunzip of `url`, its tar written into `dest` as `tar -x` does; resolves to the sha256. */
export function extract(url: string, dest: string): Promise<string>;
