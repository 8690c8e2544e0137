// httpGet on keep-alive sockets: many requests over one reused socket leave no listeners behind.
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from '../src/core/install/http.js';
import { startWorld, type World } from '../test-world/index.js';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

async function readBody(res: NodeJS.ReadableStream): Promise<string> {
  let body = '';
  for await (const chunk of res) body += String(chunk);
  return body;
}

describe('httpGet keep-alive', () => {
  it('reuses one socket for 25 requests without piling up timeout listeners or warnings', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    const sockets = new Set<net.Socket>();
    const listenerCounts: number[] = [];
    try {
      for (let i = 0; i < 25; i++) {
        const { res } = await httpGet(world.indexUrl, { timeoutMs: 30_000 });
        const socket = res.socket as net.Socket;
        sockets.add(socket);
        expect(res.statusCode).toBe(200);
        expect(await readBody(res)).toContain('<a ');
        listenerCounts.push(socket.listenerCount('timeout'));
      }
      // warnings are emitted on the next tick
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(sockets.size).toBe(1);
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
    expect(Math.max(...listenerCounts)).toBe(listenerCounts[0]);
    expect(listenerCounts[0]).toBeLessThanOrEqual(3);
  });
});
