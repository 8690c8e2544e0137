// The package version, inlined by esbuild at build time (no file read at startup).
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

/** `pyembed --version` (or `-V`) alone: prints the version as commander would; true when it did. */
export function answeredVersion(argv: readonly string[]): boolean {
  if (argv.length !== 1 || (argv[0] !== '--version' && argv[0] !== '-V')) return false;
  process.stdout.write(`${VERSION}\n`);
  return true;
}
