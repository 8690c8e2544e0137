// What the figures were measured on.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memGiB: number;
  kernel: string;
  os: string;
  node: string;
  loadAvg: number[];
}

function osRelease(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    return m ? m[1] : os.type();
  } catch {
    return os.type();
  }
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memGiB: Math.round(os.totalmem() / 1024 ** 3),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    os: osRelease(),
    node: process.version,
    loadAvg: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
