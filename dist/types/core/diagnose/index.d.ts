import type { DiagnoseOptions, DiagnoseReport } from './types.js';
export type * from './types.js';
export { renderDiagnoseReport, renderDiagnoseMarkdown } from './render.js';
/**
 * Everything `pyembed diagnose` and the action's `diagnose` input report. Never throws for a failed check:
 * failures are data; the caller decides whether they fail anything (the action only with `strict`).
 */
export declare function runDiagnose(o?: DiagnoseOptions): Promise<DiagnoseReport>;
