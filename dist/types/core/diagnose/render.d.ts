import type { DiagnoseReport } from './types.js';
/** A plain-text table for terminals and logs (no colour codes: callers add them if they want). */
export declare function renderDiagnoseReport(r: DiagnoseReport): string;
/** The same report as a Markdown table (the action's job summary). */
export declare function renderDiagnoseMarkdown(r: DiagnoseReport): string;
