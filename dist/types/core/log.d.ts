/** The logger every core module takes; the action maps it to @actions/core, the CLI to stderr. */
export interface Logger {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
    error(message: string): void;
}
export declare const silentLogger: Logger;
/** Plain lines on stderr, so stdout stays free for --json documents. */
export declare function stderrLogger(verbose?: boolean): Logger;
