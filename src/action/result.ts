/** What one run of the action produced: the shape outputs, environment and summary are written from. */
export interface PhaseTiming {
  name: string;
  ms: number;
}

export interface ActionResult {
  requested: { spec: string; source: string };
  python: {
    version: string;
    /** The version as the `python-version` output spells it (`3.12.5`, `pypy3.10.16`, `graalpy24.2.2`). */
    label: string;
    build: string;
    key: string;
    url?: string;
    /** The interpreter of the installation (not the venv's). */
    pythonPath: string;
    /** The installation prefix (`pythonLocation`). */
    pythonDir: string;
    /** Found in the runner's tool cache, no download. */
    cacheHit: boolean;
  };
  /** Every Python installed, in the order asked; the last is `python` (the default). */
  pythons: { label: string; pythonPath: string }[];
  uv: { path: string; version: string; source: string };
  venv?: { path: string; binDir: string; pythonPath: string };
  packages?: {
    installed: number;
    /** The uv.lock that decided the versions, with the groups and extras asked for. */
    lock?: { file: string; mode: string; groups: string[]; extras: string[] };
  };
  uvCache: { enabled: boolean; hit: boolean; key?: string; dir?: string };
  exportPath?: string;
  diagnose?: { reportPath: string; ok: boolean; counts: Record<string, number> };
  phases: PhaseTiming[];
}
