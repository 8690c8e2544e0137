import type { DiagnoseCheck, HostTarget } from './types.js';
import { monotonicMs } from '../builtins.js';

/**
 * Reachability of one configured host: a single HEAD request, no redirects followed, no credentials.
 * Any HTTP answer (even 404/405) proves the host is reachable; only a network error or a timeout fails.
 */
export async function hostCheck(
  target: HostTarget,
  o: { timeoutMs?: number; offline?: boolean; fetch?: typeof fetch } = {},
): Promise<DiagnoseCheck> {
  const base = { group: 'network' as const, name: target.name };
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return { ...base, status: 'fail', detail: `"${target.url}" is not a URL.`, data: { url: target.url } };
  }
  if (url.protocol === 'file:') {
    return { ...base, status: 'skip', detail: `${target.url} is a local path`, data: { url: target.url } };
  }
  if (o.offline) {
    return {
      ...base,
      status: 'skip',
      detail: `offline: ${url.host} not contacted`,
      data: { url: target.url },
    };
  }
  const timeoutMs = o.timeoutMs ?? 5000;
  const started = monotonicMs();
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    const ms = Math.round(monotonicMs() - started);
    const data = { url: target.url, status: res.status, ms };
    if (res.status >= 500) {
      return { ...base, status: 'warn', detail: `${url.host} answered HTTP ${res.status}`, data };
    }
    return { ...base, status: 'ok', detail: `${url.host} reachable (HTTP ${res.status}, ${ms} ms)`, data };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
    const why = timedOut
      ? `no answer within ${timeoutMs} ms`
      : (err.cause?.code ?? err.cause?.message ?? err.message);
    return {
      ...base,
      status: 'fail',
      detail: `${url.host} unreachable (${why}); check the URL, proxy (HTTPS_PROXY/NO_PROXY) or use offline mode with a local mirror.`,
      data: { url: target.url, error: why },
    };
  }
}
