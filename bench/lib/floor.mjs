// The Node-side floor of a row: the least any tool written for Node can do for the same job, measured in the
// same run as ours and the baseline. Plain JavaScript (no tsx, no bundle, no modules of ours): what is left
// above it is the price of Node itself (its start, its zlib), not of this project's code.
//
//   node floor.mjs print                          start Node, write one line (the floor of a CLI answering)
//   node floor.mjs spawn '{"cwd":…,"env":{…},"commands":[[cmd, ...args], …]}'
//                                                  start Node, run the same uv commands one after another
//   node floor.mjs inflate URL                    start Node, GET the archive, sha256 it and inflate it with
//                                                  Node's zlib as it streams, writing nothing
//   node floor.mjs extract URL DIR                the same, and write the tar's tree into DIR as tar -x does
//                                                  (every file with its mode and mtime, links last), with
//                                                  plain synchronous calls on the one JavaScript thread while
//                                                  zlib inflates ahead on libuv's threadpool
import { createRequire } from 'node:module';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { setImmediate } from 'node:timers';
import { pathToFileURL } from 'node:url';

// require() on use, not import: each mode loads only what it needs (`print` nothing), and on Node 24
// `import` of node:http builds its ESM namespace, which loads undici
const require = createRequire(import.meta.url);
const [mode, arg] = process.argv.slice(2);

function runAll(commands, cwd, env) {
  return commands.reduce(
    (prev, [cmd, ...args]) =>
      prev.then(
        () =>
          new Promise((resolve, reject) => {
            const child = require('node:child_process').spawn(cmd, args, { cwd, env, stdio: 'ignore' });
            child.on('error', reject);
            child.on('close', (code) =>
              code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`)),
            );
          }),
      ),
    Promise.resolve(),
  );
}

/**
 * With `--expose-gc`, a young-generation collection every 2 MB of output, as the installer does: V8 would
 * otherwise let ~64 MB of streamed Buffers pile up before collecting, and the peak would measure that.
 */
function inflate(url, consume = () => {}) {
  const gc = globalThis.gc;
  let pending = 0;
  const http = require('node:http');
  const zlib = require('node:zlib');
  const hash = require('node:crypto').createHash('sha256');
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`GET ${url}: ${res.statusCode}`));
        const gunzip = zlib.createGunzip({ chunkSize: 128 * 1024 });
        res.on('data', (b) => hash.update(b));
        const collect = (b) => {
          consume(b);
          pending += b.length;
          if (gc && pending >= 2 * 1024 * 1024) {
            pending = 0;
            gc({ type: 'minor' });
          }
        };
        res
          .pipe(gunzip)
          .on('data', collect)
          .on('end', () => resolve(hash.digest('hex')))
          .on('error', reject);
      })
      .on('error', reject);
  });
}

/** The header fields a tar writer needs (ustar, with GNU long names and pax paths resolved by the caller). */
function tarHeader(h) {
  if (h.every((b) => b === 0)) return undefined;
  const str = (at, len) => {
    const end = h.indexOf(0, at);
    return h.toString('utf8', at, end < 0 || end > at + len ? at + len : end);
  };
  const num = (at, len) => parseInt(str(at, len).trim() || '0', 8);
  const prefix = str(345, 155);
  const name = str(0, 100);
  return {
    name: prefix ? `${prefix}/${name}` : name,
    mode: num(100, 8),
    size: num(124, 12),
    mtime: num(136, 12),
    type: String.fromCharCode(h[156] || 48),
    link: str(157, 100),
  };
}

/**
 * GET + sha256 + gunzip as `inflate`, and a tar writer on the decompressed stream: a directory made once,
 * each file opened, written, its mtime set and closed (the four calls tar makes), links made at the end.
 * No checks: the least a Node program does to put this tree on disk.
 */
export function extract(url, dest) {
  const fs = require('node:fs');
  const path = require('node:path');
  const made = new Set([dest]);
  fs.mkdirSync(dest, { recursive: true });
  const mkdir = (d) => {
    if (made.has(d)) return;
    fs.mkdirSync(d, { recursive: true });
    made.add(d);
  };
  const parent = (p) => mkdir(path.dirname(p));
  const links = [];
  const long = {}; // names a GNU 'L'/'K' or pax 'x' entry gives the next entry
  let entry;
  let rest = Buffer.alloc(0);
  const begin = (h) => {
    const e = { ...h, left: h.size, pad: (512 - (h.size % 512)) % 512 };
    if ('LKxg'.includes(e.type)) return Object.assign(e, { meta: [] });
    const name = long.path ?? h.name;
    const link = long.link ?? h.link;
    delete long.path;
    delete long.link;
    const abs = path.join(dest, name);
    if (e.type === '5') mkdir(abs);
    else if (e.type === '2' || e.type === '1') {
      const target = e.type === '2' ? link : path.join(dest, link);
      links.push(() => {
        parent(abs);
        if (e.type === '2') fs.symlinkSync(target, abs);
        else fs.linkSync(target, abs);
      });
    } else {
      parent(abs);
      e.fd = fs.openSync(abs, 'w', e.mode & 0o777);
    }
    return e;
  };
  const end = (e) => {
    if (e.meta) {
      const text = Buffer.concat(e.meta).toString('utf8');
      if (e.type === 'L') long.path = text.replace(/\0[\s\S]*$/, '');
      if (e.type === 'K') long.link = text.replace(/\0[\s\S]*$/, '');
      for (const rec of e.type === 'x' ? text.split('\n') : []) {
        const m = /^\d+ (path|linkpath)=([\s\S]*)$/.exec(rec);
        if (m) long[m[1] === 'path' ? 'path' : 'link'] = m[2];
      }
    } else if (e.fd !== undefined) {
      const t = new Date(e.mtime * 1000);
      fs.futimesSync(e.fd, t, t);
      fs.closeSync(e.fd);
    }
  };
  const feed = (chunk) => {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let at = 0;
    for (;;) {
      if (!entry) {
        if (buf.length - at < 512) break;
        const h = tarHeader(buf.subarray(at, at + 512));
        at += 512;
        if (h) entry = begin(h);
        continue;
      }
      const n = Math.min(entry.left, buf.length - at);
      if (n > 0) {
        const piece = buf.subarray(at, at + n);
        if (entry.meta) entry.meta.push(Buffer.from(piece));
        else if (entry.fd !== undefined) fs.writeSync(entry.fd, piece);
        entry.left -= n;
        at += n;
      }
      if (entry.left > 0 || buf.length - at < entry.pad) break;
      at += entry.pad;
      end(entry);
      entry = undefined;
    }
    rest = buf.subarray(at);
  };
  // Each chunk is written in a later turn of the event loop: Node's zlib queues its next inflate only once
  // the chunk it emitted has been handled, so this way the threadpool inflates ahead while this thread
  // writes (measured: 679 vs 771 ms writing in the 'data' handler itself, tmpfs, medians of 11).
  const queue = [];
  let scheduled = false;
  const drain = () => {
    scheduled = false;
    while (queue.length) feed(queue.shift());
  };
  const later = (chunk) => {
    queue.push(chunk);
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  return inflate(url, later)
    .then((digest) => new Promise((resolve) => setImmediate(resolve, digest))) // after the last drain
    .then((digest) => {
      for (const make of links) make();
      return digest;
    });
}

// Run as a script (the CLI rows' floors); imported, `extract` is the library rows' floor in their warm process.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (mode === 'print') process.stdout.write('floor\n');
  else if (mode === 'spawn') {
    const { cwd, env, commands } = JSON.parse(arg);
    await runAll(commands, cwd, { ...process.env, ...env });
  } else if (mode === 'inflate') await inflate(arg);
  else if (mode === 'extract') await extract(arg, process.argv[4]);
  else
    throw new Error(`usage: node floor.mjs print | spawn JSON | inflate URL | extract URL DIR (got ${mode})`);
}
