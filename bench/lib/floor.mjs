// The Node-side floor of a row: the least any tool written for Node can do for the same job, measured in the
// same run as ours and the baseline. Plain JavaScript (no tsx, no bundle, no modules of ours): what is left
// above it is the price of Node itself (its start, its zlib), not of this project's code.
//
//   node floor.mjs print                          start Node, write one line (the floor of a CLI answering)
//   node floor.mjs spawn '{"cwd":…,"env":{…},"commands":[[cmd, ...args], …]}'
//                                                  start Node, run the same uv commands one after another
//   node floor.mjs inflate URL                    start Node, GET the archive, sha256 it and inflate it with
//                                                  Node's zlib as it streams, writing nothing
import { createRequire } from 'node:module';
import process from 'node:process';

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
function inflate(url) {
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

if (mode === 'print') process.stdout.write('floor\n');
else if (mode === 'spawn') {
  const { cwd, env, commands } = JSON.parse(arg);
  await runAll(commands, cwd, { ...process.env, ...env });
} else if (mode === 'inflate') await inflate(arg);
else throw new Error(`usage: node floor.mjs print | spawn JSON | inflate URL (got ${mode})`);
