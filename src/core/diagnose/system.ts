import os from 'node:os';
import { hostPlatform, normaliseArch, platformKey, detectLibc } from '../platform.js';
import type { DiagnoseCheck, SystemInfo } from './types.js';
import { childProcessModule } from '../builtins.js';

/** Architectures python-build-standalone publishes builds for, per OS. */
const PBS_ARCHES: Record<string, string[]> = {
  linux: ['x86_64', 'aarch64', 'i686', 'armv7', 'ppc64le', 's390x', 'riscv64'],
  darwin: ['x86_64', 'aarch64'],
  windows: ['x86_64', 'i686', 'aarch64'],
};
/** PBS gnu builds link against glibc 2.17 (manylinux2014 baseline). */
const MIN_GLIBC = [2, 17];

export async function systemInfo(): Promise<SystemInfo> {
  const osName = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = normaliseArch(process.arch);
  const libc = osName === 'linux' ? detectLibc() : 'none';
  let platform: string;
  try {
    platform = platformKey(hostPlatform());
  } catch {
    platform = `${osName}-${arch}-${libc}`;
  }
  return {
    os: osName,
    arch,
    libc,
    libcVersion: osName === 'linux' ? await libcVersion(libc) : undefined,
    platform,
    osRelease: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

async function libcVersion(libc: string): Promise<string | undefined> {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  if (libc === 'gnu' && report?.header?.glibcVersionRuntime) return report.header.glibcVersionRuntime;
  // musl's loader prints "Version 1.2.4" on stderr when run as `ldd`; glibc's prints "ldd (...) 2.36".
  const out = await new Promise<string>((resolve) => {
    childProcessModule().execFile('ldd', ['--version'], { timeout: 5000 }, (_e, stdout, stderr) =>
      resolve(`${stdout}\n${stderr}`),
    );
  });
  return /Version\s+(\d+\.\d+(?:\.\d+)?)/.exec(out)?.[1] ?? /(\d+\.\d+)\s*$/m.exec(out)?.[1];
}

export function systemChecks(info: SystemInfo): DiagnoseCheck[] {
  const checks: DiagnoseCheck[] = [];
  const arches = PBS_ARCHES[info.os];
  checks.push(
    arches?.includes(info.arch)
      ? { group: 'system', name: 'platform', status: 'ok', detail: `${info.platform} (${info.osRelease})` }
      : {
          group: 'system',
          name: 'platform',
          status: 'fail',
          detail: `python-build-standalone has no builds for ${info.os}/${info.arch}.`,
          data: { supported: PBS_ARCHES },
        },
  );
  if (info.os === 'linux') checks.push(libcCheck(info));
  checks.push({ group: 'system', name: 'node', status: 'ok', detail: info.node });
  return checks;
}

function libcCheck(info: SystemInfo): DiagnoseCheck {
  const name = 'libc';
  if (!info.libcVersion) {
    return { group: 'system', name, status: 'warn', detail: `${info.libc}, version unknown` };
  }
  if (info.libc === 'gnu') {
    const [maj, min] = info.libcVersion.split('.').map(Number);
    const tooOld = maj < MIN_GLIBC[0] || (maj === MIN_GLIBC[0] && min < MIN_GLIBC[1]);
    if (tooOld) {
      return {
        group: 'system',
        name,
        status: 'fail',
        detail: `glibc ${info.libcVersion} is older than ${MIN_GLIBC.join('.')}, the minimum of python-build-standalone gnu builds; use a musl build or a newer image.`,
        data: { version: info.libcVersion },
      };
    }
    return {
      group: 'system',
      name,
      status: 'ok',
      detail: `glibc ${info.libcVersion}`,
      data: { version: info.libcVersion },
    };
  }
  return {
    group: 'system',
    name,
    status: 'ok',
    detail: `${info.libc} ${info.libcVersion}`,
    data: { version: info.libcVersion },
  };
}
