import type { Platform } from '../platform.js';
import { buildVariantOf, type PythonRequest } from '../versions/spec.js';
import { versionMatches } from '../versions/match.js';
import { parseVersion } from '../versions/version.js';
import type { PythonInstance } from './types.js';

/**
 * Whether an installed instance answers a parsed request: implementation, version, variant, a pinned build,
 * the request's own platform parts and (unless the request named a platform) the host's platform.
 */
export function instanceMatches(
  i: PythonInstance,
  req: PythonRequest,
  o: { build?: string; platform?: Platform },
): boolean {
  if (i.implementation !== req.implementation) return false;
  const v = parseVersion(i.version);
  if (!v || !versionMatches(req.version, v)) return false;
  if ((i.variant ?? undefined) !== buildVariantOf(req.variant)) return false;
  if (o.build && i.build !== o.build) return false;
  const rp = req.platform;
  if (
    rp &&
    ((rp.os && rp.os !== i.platform.os) ||
      (rp.arch && rp.arch !== i.platform.arch) ||
      (rp.libc && rp.libc !== i.platform.libc))
  )
    return false;
  const plat = o.platform;
  return (
    !plat || (plat.os === i.platform.os && plat.arch === i.platform.arch && plat.libc === i.platform.libc)
  );
}
