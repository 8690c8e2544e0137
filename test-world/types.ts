// The test world's contract (test-world/README.md describes the world). index.ts re-exports these.

export type ArchiveFormat = 'tar.gz' | 'tar.zst';
export type ArchiveFlavor = 'install_only' | 'install_only_stripped';

export interface PbsFixtureArchive {
  assetName: string; // real PBS asset name, '+' unencoded
  path: string; // absolute path of the cached archive
  sha256: string;
  format: ArchiveFormat;
  flavor: ArchiveFlavor;
}

export interface PbsFixture {
  version: string; // '3.11.7' (the machine's CPython)
  build: string; // served: WORLD_PBS_TAG '20240108' (unknown to the catalogue); built: the catalogue's tag
  key: string; // 'cpython-3.11.7-linux-x86_64-gnu'
  archives: PbsFixtureArchive[];
}

export interface RecordedRequest {
  method: string;
  /** The raw request target: path plus query string, still percent-encoded. */
  path: string;
  /** Status sent (0 while the response has not started). */
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

export type Fault =
  | { kind: 'truncate'; afterBytes: number } // sends Content-Length of full body, then ends early
  | { kind: 'wrong-bytes' } // same length, different content
  | { kind: 'status'; status: number; times: number } // 5xx n times (GET and HEAD both count), then OK
  | { kind: 'close-mid-stream'; afterBytes: number } // destroys the socket
  | { kind: 'slow'; bytesPerSecond: number };

export interface RateLimit {
  status: 403 | 429;
  /** How many API responses are rate-limited before it clears by itself; forever when omitted. */
  times?: number;
  resetEpochSeconds?: number;
}

export interface ReleaseServer {
  requests: RecordedRequest[];
  apiRequests(): RecordedRequest[]; // those under /repos/
  /** Release asset downloads and index file downloads (/packages/), optionally of one (decoded) name. */
  downloadRequests(assetName?: string): RecordedRequest[];
  addAsset(repo: string, tag: string, name: string, body: Buffer | string /* file path */): void;
  /** Keyed by file name: applies to that asset in every repo/tag, and to /packages/<name> of the index. */
  setFault(assetName: string, fault: Fault | undefined): void;
  clearFaults(): void;
  setRateLimit(r: RateLimit | undefined): void;
}

export interface World {
  baseUrl: string; // http://127.0.0.1:PORT  (also the GitHub REST API root: GITHUB_API_URL)
  apiUrl: string; // == baseUrl
  mirrorUrl: string; // `${baseUrl}/astral-sh/python-build-standalone/releases/download`
  uvDownloadUrl: string; // `${baseUrl}/astral-sh/uv/releases/download`
  indexUrl: string; // `${baseUrl}/simple/`
  pypiJsonUrl: string; // `${baseUrl}/pypi`
  fixture: PbsFixture;
  server: ReleaseServer;
  close(): Promise<void>;
}
