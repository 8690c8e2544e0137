// The package version, inlined by esbuild at build time (no file read at startup).
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
