/** The logger every core module takes; the action maps it to @actions/core, the CLI to stderr. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Plain lines on stderr, so stdout stays free for --json documents. */
export function stderrLogger(verbose = false): Logger {
  const line = (prefix: string, m: string) => process.stderr.write(`${prefix}${m}\n`);
  return {
    debug: (m) => verbose && line('debug: ', m),
    info: (m) => line('', m),
    warn: (m) => line('warning: ', m),
    error: (m) => line('error: ', m),
  };
}
