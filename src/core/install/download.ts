/**
 * downloadFile: stream a URL to `<dest>.partial`, hashing while the bytes go by, and rename to `dest`
 * only once the sha256 matches. Transient failures (network errors, 5xx, 408, 429, short bodies) are
 * retried with exponential backoff and jitter, like uv's reqwest-retry and @actions/tool-cache's RetryHelper.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { fs } from '../async-fs.js';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { ChecksumMismatchError, DownloadError, PythonEmbeddedError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { httpGet, redactUrl } from './http.js';
import { noteGarbage } from './memory.js';
import { makeDirs } from '../fs.js';
import { sha256 } from '../builtins.js';

export interface DownloadProgress {
  bytes: number;
  total?: number;
}

export interface DownloadOptions {
  /** Expected sha256 (hex, optionally `sha256:`-prefixed). */
  sha256?: string;
  /** Without a sha256 the download is refused unless this is set (then it is logged as a warning). */
  allowMissingChecksum?: boolean;
  /** Sent only to the GitHub it belongs to: github.com's hosts, or on GHES only that server (tokenMayGoTo). */
  token?: string;
  /** GHES hosts the token belongs to; GITHUB_SERVER_URL/GITHUB_API_URL hosts are added. */
  githubHosts?: string[];
  /** Stand-ins for github.com / api.github.com (tests). */
  githubComHosts?: string[];
  /** Retries after the first attempt (default 4). */
  retries?: number;
  /** Inactivity timeout per attempt in ms (default 30 000). */
  timeoutMs?: number;
  /** First backoff delay in ms (default 1 000); doubles per attempt, with jitter, capped by maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  onProgress?: (e: DownloadProgress) => void;
  logger?: Logger;
  signal?: AbortSignal;
  /** Extra CA certificates for https (PEM). */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Environment to read proxy settings from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface DownloadResult {
  path: string;
  sha256: string;
  bytes: number;
  attempts: number;
}

/** Failure of one attempt; `retryable` says whether another attempt may help. */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export function normaliseSha256(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return s
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
}

export async function downloadFile(
  url: string,
  dest: string,
  o: DownloadOptions = {},
): Promise<DownloadResult> {
  const partial = `${dest}.partial`;
  try {
    await makeDirs(path.dirname(dest));
  } catch (e) {
    throw new DownloadError(`Cannot download ${redactUrl(url)} into ${dest}: ${errorText(e)}`, {
      requested: dest,
      url: redactUrl(url),
      attempts: 0,
      hint: 'Check that the destination is writable.',
    });
  }
  try {
    // The file is opened by the consumer, i.e. only once a 200 arrived: a stream opened before an early
    // failure could re-create it after the cleanup below.
    const r = await streamUrl(url, { ...o, consume: (body) => pipeline(body, createWriteStream(partial)) });
    await fs.rename(partial, dest);
    return { path: dest, ...r };
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
}

export interface StreamUrlOptions extends DownloadOptions {
  /**
   * Consumes the body of one attempt (e.g. writes it, or extracts it on the fly). Its errors are final
   * (not retried) unless the bytes turn out not to match the sha256, which is then reported instead.
   */
  consume: (body: Readable, info: { total?: number }) => Promise<void>;
  /** Undoes a failed attempt's partial output before the next attempt. */
  reset?: () => Promise<void>;
}

/**
 * The download engine: retries, backoff, progress, and the sha256 of exactly the bytes handed to
 * `consume`, compared once the body is complete. Like uv, a caller may extract while downloading, into a
 * private staging dir it publishes only after this resolves (that is: after the checksum matched).
 */
export async function streamUrl(url: string, o: StreamUrlOptions): Promise<Omit<DownloadResult, 'path'>> {
  const log = o.logger ?? silentLogger;
  const shown = redactUrl(url);
  const expected = normaliseSha256(o.sha256);
  if (!expected) {
    if (!o.allowMissingChecksum) {
      throw new ChecksumMismatchError(
        `No sha256 is known for ${shown}; refusing to download unverified bytes.`,
        {
          requested: shown,
          url: shown,
          hint: 'Use a catalogue or mirror that publishes checksums, or opt out explicitly with allowMissingChecksum.',
        },
      );
    }
    log.warn(`No sha256 known for ${shown}: downloading without verification (allowMissingChecksum).`);
  }
  const retries = Math.max(0, o.retries ?? 4);
  const backoffMs = o.backoffMs ?? 1000;
  const maxBackoffMs = o.maxBackoffMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    let got: { sha256: string; bytes: number; consumerError?: unknown };
    try {
      log.debug(`download ${shown} (attempt ${attempt}/${retries + 1})`);
      got = await attemptOnce(url, o);
    } catch (e) {
      if (o.signal?.aborted) throw o.signal.reason ?? e;
      const err = e instanceof AttemptError ? e : new AttemptError(errorText(e), isTransient(e));
      if (!err.retryable || attempt > retries) {
        throw new DownloadError(`Download of ${shown} failed after ${attempt} attempt(s): ${err.message}`, {
          requested: shown,
          url: shown,
          attempts: attempt,
          status: err.status,
          hint: err.retryable
            ? 'The server or network kept failing; retry later or use a mirror (PYEMBED_MIRROR).'
            : 'Check the URL, mirror and token settings.',
        });
      }
      const exp = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
      const delay = Math.min(maxBackoffMs, Math.max(err.retryAfterMs ?? 0, exp * (0.5 + Math.random() / 2)));
      log.warn(
        `download of ${shown} failed (${err.message}); retry ${attempt}/${retries} in ${Math.round(delay)} ms`,
      );
      await o.reset?.();
      await sleep(delay, o.signal);
      continue;
    }
    if (expected && got.sha256 !== expected) {
      throw new ChecksumMismatchError(
        `sha256 mismatch for ${shown}: expected ${expected}, got ${got.sha256}.`,
        {
          requested: shown,
          url: shown,
          expected,
          actual: got.sha256,
          attempts: attempt,
          hint: 'The file was corrupted in transit or the mirror serves a different file; nothing was installed.',
        },
      );
    }
    if (got.consumerError !== undefined) {
      // The bytes were right; what failed was writing them (disk full, read-only...): not worth a retry.
      if (got.consumerError instanceof PythonEmbeddedError) throw got.consumerError;
      throw new DownloadError(`Download of ${shown} could not be stored: ${errorText(got.consumerError)}`, {
        requested: shown,
        url: shown,
        attempts: attempt,
        hint: 'Check that the destination is writable and has room.',
      });
    }
    return { sha256: got.sha256, bytes: got.bytes, attempts: attempt };
  }
}

/** The body of one attempt: an http(s) response (status checked) or a local file for file:// URLs. */
async function openBody(url: string, o: DownloadOptions): Promise<{ body: Readable; total?: number }> {
  if (url.startsWith('file:')) {
    const file = fileURLToPath(url);
    const total = (await fs.stat(file)).size;
    return { body: createReadStream(file, { highWaterMark: 256 * 1024 }), total };
  }
  const { res } = await httpGet(url, {
    token: o.token,
    githubHosts: o.githubHosts,
    githubComHosts: o.githubComHosts,
    timeoutMs: o.timeoutMs ?? 30_000,
    signal: o.signal,
    ca: o.ca,
    env: o.env,
    headers: { accept: 'application/octet-stream' },
  });
  const status = res.statusCode ?? 0;
  if (status !== 200) {
    res.resume();
    const retryable = status >= 500 || status === 408 || status === 429;
    throw new AttemptError(`HTTP ${status}`, retryable, status, retryAfter(res.headers['retry-after']));
  }
  const len = res.headers['content-length'];
  return { body: res, total: len !== undefined && /^\d+$/.test(len) ? Number(len) : undefined };
}

async function attemptOnce(
  url: string,
  o: StreamUrlOptions,
): Promise<{ sha256: string; bytes: number; consumerError?: unknown }> {
  const { body, total } = await openBody(url, o);
  const hash = sha256();
  let bytes = 0;
  // The consumer reads from `pass`; when it fails, the rest of the body is still hashed so that a
  // corrupted download is reported as a checksum mismatch rather than as a broken archive. Its buffer is
  // what the network may run ahead of the consumer: chunks waiting there outlive young collections
  // (memory.ts); 64 KiB instead of 256 took 2.6 MB off an install's peak RSS (4 MB off the action's).
  const pass = new PassThrough({ highWaterMark: 64 * 1024 });
  let consumerError: unknown;
  let consumerFailed = false;
  let consumerDone = false; // a consumer may stop reading early (nothing more to feed it)
  const consuming = o.consume(pass, { total }).then(
    () => {
      consumerDone = true;
    },
    (e: unknown) => {
      consumerFailed = true;
      consumerError = e;
      pass.resume();
    },
  );
  const onAbort = () => body.destroy(o.signal?.reason as Error);
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      noteGarbage(chunk.length);
      o.onProgress?.({ bytes, total });
      if (!consumerFailed && !consumerDone && !pass.write(chunk)) {
        await new Promise<void>((resolve) => {
          pass.once('drain', resolve);
          void consuming.then(resolve);
        });
      }
    }
  } catch (e) {
    pass.destroy(e as Error);
    await consuming;
    throw new AttemptError(errorText(e), !o.signal?.aborted && isTransient(e));
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
  }
  if (total !== undefined && bytes !== total) {
    pass.destroy(new Error('short body'));
    await consuming;
    throw new AttemptError(`body ended after ${bytes} of ${total} bytes`, true);
  }
  pass.end();
  await consuming;
  return { sha256: hash.digest('hex'), bytes, consumerError: consumerFailed ? consumerError : undefined };
}

function retryAfter(h: string | undefined): number | undefined {
  if (!h) return undefined;
  if (/^\d+$/.test(h.trim())) return Number(h) * 1000;
  const t = Date.parse(h);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

const PERMANENT_CODES = [
  'ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'ERR_INVALID_URL',
  // TLS verification failures: retrying cannot fix a certificate
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID',
]; // prettier-ignore

function isTransient(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  if (code && PERMANENT_CODES.includes(code)) return false;
  if (e instanceof Error && /unsupported protocol|too many redirects|refused CONNECT/.test(e.message))
    return false;
  return true;
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: string }).code;
    return code && !e.message.includes(code) ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
