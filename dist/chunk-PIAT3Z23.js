import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  fsErrorText,
  makeDirs,
  renameWithRetry
} from "./chunk-VEZD3A3U.js";
import {
  PythonEmbeddedError,
  PythonInstallationError
} from "./chunk-Q6UA7ENB.js";
import {
  garbageMeter
} from "./chunk-2CTFYGFC.js";
import {
  zlibModule
} from "./chunk-SZH64BZ5.js";
import {
  require_tar_stream
} from "./chunk-EESH4LWC.js";
import {
  __toESM
} from "./chunk-OVRNMJZG.js";

// src/core/install/extract.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createReadStream } from "node:fs";
import fs2 from "node:fs/promises";
import path2 from "node:path";
import { Transform as Transform2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/core/install/archive-limits.ts
var DEFAULT_MAX_BYTES = 3 * 1024 ** 3;
var DEFAULT_MAX_RATIO = 20;
var RATIO_FLOOR_BYTES = 8 * 1024 * 1024;
var DEFAULT_MAX_ENTRIES = 1e6;
var MiB = 1024 * 1024;
function resolveLimits(l) {
  return {
    maxBytes: l.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRatio: l.maxRatio ?? DEFAULT_MAX_RATIO,
    maxEntries: l.maxEntries ?? DEFAULT_MAX_ENTRIES
  };
}
var HOW_TO_RAISE = {
  maxBytes: "archiveLimits.maxBytes (CLI --archive-max-bytes, env PYEMBED_ARCHIVE_MAX_BYTES)",
  maxRatio: "archiveLimits.maxRatio (CLI --archive-max-ratio, env PYEMBED_ARCHIVE_MAX_RATIO)",
  maxEntries: "archiveLimits.maxEntries"
};
function limitError(archive, limit, value, what, entry) {
  const at = entry === void 0 ? "" : ` at entry "${entry}"`;
  return new PythonInstallationError(`Refusing to extract ${archive}${at}: ${what}.`, {
    requested: archive,
    ...entry === void 0 ? {} : { entry },
    limit,
    value,
    hint: `Nothing was installed. If this archive is trusted and really that large, raise ${HOW_TO_RAISE[limit]}.`
  });
}
function describeBytes(n) {
  return n >= 1024 * MiB ? `${+(n / 1024 / MiB).toFixed(2)} GiB` : `${+(n / MiB).toFixed(1)} MiB`;
}
var InflationGuard = class {
  constructor(archive, limits) {
    this.archive = archive;
    this.limits = resolveLimits(limits);
  }
  archive;
  compressed = 0;
  inflated = 0;
  limits;
  addCompressed(n) {
    this.compressed += n;
  }
  addInflated(n, entry) {
    this.inflated += n;
    const { maxBytes, maxRatio } = this.limits;
    if (this.inflated > maxBytes) {
      throw limitError(
        this.archive,
        "maxBytes",
        maxBytes,
        `it unpacks to more than the ${describeBytes(maxBytes)} limit (maxBytes ${maxBytes})`,
        entry
      );
    }
    if (this.inflated > RATIO_FLOOR_BYTES && this.inflated > maxRatio * this.compressed) {
      const ratio = Math.floor(this.inflated / Math.max(1, this.compressed));
      throw limitError(
        this.archive,
        "maxRatio",
        maxRatio,
        `${describeBytes(this.inflated)} inflated from ${describeBytes(this.compressed)} (${ratio}x) exceeds the ${maxRatio}x limit on inflated vs compressed bytes: a decompression bomb`,
        entry
      );
    }
  }
};

// src/core/install/tree-writer.ts
import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";

// src/core/install/extract-safety.ts
function refuse(archive, entry, why) {
  return new PythonInstallationError(`Refusing to extract ${archive}: entry "${entry}" ${why}.`, {
    requested: archive,
    entry,
    hint: "The archive is malformed or malicious; nothing was extracted. Get it again from a trusted source."
  });
}
function isAbsoluteLike(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[a-zA-Z]:/.test(p);
}
function safeEntryPath(archive, name, strip = 0) {
  if (name.includes("\0")) throw refuse(archive, name, "contains a NUL byte");
  if (isAbsoluteLike(name)) throw refuse(archive, name, "has an absolute path");
  const parts = name.split(/[\\/]+/).filter((p) => p && p !== ".");
  if (parts.includes("..")) throw refuse(archive, name, 'climbs out of the destination with ".."');
  for (const part of parts) {
    const why = unportableName(part);
    if (why) throw refuse(archive, printable(name), why);
  }
  return parts.slice(strip).join("/");
}
var WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])(\..*)?$/i;
function unportableName(part) {
  if (/[\u0000-\u001f\u007f]/.test(part)) return "contains a control character";
  if (part.includes(":")) return 'contains ":" (an NTFS alternate data stream on Windows)';
  if (WINDOWS_DEVICE.test(part)) return `uses "${part}", a reserved device name on Windows`;
  if (/[. ]$/.test(part)) return "ends in a dot or a space (Windows would drop it and name another file)";
  return void 0;
}
function printable(name) {
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function clampMode(mode, isDir) {
  const m = mode & 493;
  return isDir ? m | 448 : m;
}
function resolveLinkInside(linkRel, target, links) {
  if (isAbsoluteLike(target)) return void 0;
  const dir = linkRel.split("/").slice(0, -1).join("/");
  return walk([], dir ? `${dir}/${target}` : target, links, 0);
}
function walk(base, target, links, depth) {
  if (depth > 40 || isAbsoluteLike(target)) return void 0;
  let cur = [...base];
  for (const comp of target.split(/[\\/]+/)) {
    if (!comp || comp === ".") continue;
    if (comp === "..") {
      if (!cur.length) return void 0;
      cur.pop();
      continue;
    }
    cur.push(comp);
    const next = links.get(cur.join("/"));
    if (next !== void 0) {
      const resolved = walk(cur.slice(0, -1), next, links, depth + 1);
      if (!resolved) return void 0;
      cur = resolved;
    }
  }
  return cur;
}

// src/core/install/tree-writer.ts
var TreeWriter = class {
  constructor(archive, root, o) {
    this.archive = archive;
    this.root = root;
    this.o = o;
    ({ maxBytes: this.maxBytes, maxEntries: this.maxEntries } = resolveLimits(o));
    this.dirs.add(root);
  }
  archive;
  root;
  o;
  entries = 0;
  /** The entry being written (messages of the inflation guard name it). */
  current = "";
  bytes = 0;
  dirs = /* @__PURE__ */ new Set();
  files = /* @__PURE__ */ new Set();
  symlinks = /* @__PURE__ */ new Map();
  hardlinks = /* @__PURE__ */ new Map();
  dirModes = /* @__PURE__ */ new Map();
  maxBytes;
  maxEntries;
  /** Validates one entry header and returns its root-relative path ('' = stripped away, skip). */
  begin(name, type, size) {
    this.current = printable(name);
    if (++this.entries > this.maxEntries) {
      const what = `it has more than the limit of ${this.maxEntries} entries`;
      throw limitError(this.archive, "maxEntries", this.maxEntries, what, this.current);
    }
    if (type === "block-device" || type === "character-device" || type === "fifo" || type === "device") {
      throw refuse(this.archive, name, `is a ${type}`);
    }
    if (!["file", "contiguous-file", "directory", "symlink", "link"].includes(type)) {
      throw refuse(this.archive, name, `has unsupported type ${type}`);
    }
    this.bytes += type === "file" || type === "contiguous-file" ? size : 0;
    if (this.bytes > this.maxBytes) {
      const what = `its declared sizes take the unpacked size past the ${describeBytes(this.maxBytes)} limit (maxBytes ${this.maxBytes})`;
      throw limitError(this.archive, "maxBytes", this.maxBytes, what, this.current);
    }
    return safeEntryPath(this.archive, name, this.o.stripComponents ?? 0);
  }
  abs(rel) {
    return path.join(this.root, rel);
  }
  ensureParent(rel) {
    const abs = this.abs(rel);
    const dir = path.dirname(abs);
    if (!this.dirs.has(dir)) {
      fsSync.mkdirSync(dir, { recursive: true });
      for (let d = dir; d.length > this.root.length && !this.dirs.has(d); d = path.dirname(d))
        this.dirs.add(d);
    }
    return abs;
  }
  /** A later entry for the same path wins, as with tar: forget a link queued there. */
  claim(rel) {
    this.symlinks.delete(rel);
    this.hardlinks.delete(rel);
  }
  writeSmall(rel, body, mode, mtime) {
    this.claim(rel);
    const abs = this.ensureParent(rel);
    if (this.dirs.has(abs)) throw refuse(this.archive, rel, "replaces a directory with a file");
    const fd = fsSync.openSync(abs, "w", clampMode(mode, false));
    try {
      let off = 0;
      while (off < body.length) off += fsSync.writeSync(fd, body, off, body.length - off);
      fsSync.futimesSync(fd, mtime, mtime);
    } finally {
      fsSync.closeSync(fd);
    }
    this.files.add(rel);
  }
  async writeStream(rel, body, mode, mtime) {
    this.claim(rel);
    const abs = this.ensureParent(rel);
    await pipeline(body, fsSync.createWriteStream(abs, { mode: clampMode(mode, false) }));
    await fs.utimes(abs, mtime, mtime);
    this.files.add(rel);
  }
  other(rel, type, linkname, mode, rawName) {
    if (type === "directory") {
      const abs = this.abs(rel);
      this.claim(rel);
      if (!this.dirs.has(abs)) {
        fsSync.mkdirSync(abs, { recursive: true });
        this.dirs.add(abs);
      }
      this.dirModes.set(abs, clampMode(mode, true));
      return;
    }
    if (!linkname) throw refuse(this.archive, rawName, "is a link without a target");
    if (type === "symlink") {
      this.hardlinks.delete(rel);
      this.symlinks.set(rel, linkname);
      return;
    }
    const target = safeEntryPath(this.archive, linkname, this.o.stripComponents ?? 0);
    if (!target || !this.files.has(target)) {
      throw refuse(
        this.archive,
        rawName,
        `is a hard link to "${linkname}", which is not a file of this archive`
      );
    }
    this.symlinks.delete(rel);
    this.hardlinks.set(rel, target);
  }
  /** Links last (validated against the complete set of symlinks), then directory modes. */
  finish() {
    for (const rel of [...this.symlinks.keys(), ...this.hardlinks.keys()]) {
      for (let i = rel.indexOf("/"); i > 0; i = rel.indexOf("/", i + 1)) {
        if (this.symlinks.has(rel.slice(0, i)))
          throw refuse(this.archive, rel, "lies below a symlink of the archive");
      }
    }
    for (const [rel, target] of this.symlinks) {
      if (!resolveLinkInside(rel, target, this.symlinks)) {
        throw refuse(this.archive, rel, `is a symlink to "${target}", outside the destination`);
      }
    }
    for (const [rel, target] of this.hardlinks) {
      const abs = this.ensureParent(rel);
      fsSync.rmSync(abs, { force: true });
      try {
        fsSync.linkSync(this.abs(target), abs);
      } catch {
        fsSync.copyFileSync(this.abs(target), abs);
      }
    }
    for (const [rel, target] of this.symlinks) {
      const abs = this.ensureParent(rel);
      if (this.dirs.has(abs))
        throw refuse(this.archive, rel, "is a symlink where the archive also has a directory");
      fsSync.rmSync(abs, { force: true });
      fsSync.symlinkSync(target, abs);
    }
    for (const [abs, mode] of this.dirModes) fsSync.chmodSync(abs, mode);
  }
};

// src/core/install/zstd.ts
import { Transform } from "node:stream";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u16 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u8(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err(0);
};
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u16(buf, 0, 256);
  var nstate = new u16(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u8(buf, bb1, sz);
  var nbits = new u8(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits, val = sval;
    else {
      tpos += bits + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err(0);
  for (i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++;
    var nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i = 0, wc = -1;
  var buf = new u8(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err(0);
    var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt.s[st2];
      btr1 = fdt.n[st1];
      st1 = fdt.t[st1];
      btr2 = fdt.n[st2];
      st2 = fdt.t[st2];
    }
    if (++wc > 255)
      err(0);
  } else {
    wc = hb - 127;
    for (; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4;
      hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    if (wt > 11)
      err(0);
    wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1;
  var ts = 1 << mb;
  var rem = ts - wes;
  if (rem & rem - 1)
    err(0);
  hw[wc++] = msb(rem) + 1;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb] = 0;
  for (i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  if (ri[0] != ts)
    err(0);
  for (i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
  for (; pos > eb && i < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out[++i] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i + 1 != ss)
    err(0);
};
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
  var _a;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out) {
      fill(out, dat[bt], st.y, st.y += sz);
      return out;
    }
    return fill(new u8(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out) {
      out.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out;
    }
    return slc(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err(0);
      var dts = [dmlt, doct, dllt];
      for (var i = 2; i > -1; --i) {
        var md = scm >> (i << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u8([0, 0, dat[bt++]]);
          dts[i] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u16(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
        } else if (md == 3) {
          if (!st.t)
            err(0);
          dts[i] = st.t[i];
        }
      }
      var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i = 0; i < ll; ++i) {
          buf[oubt + i] = buf[spl + i];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i = 0; i < len; ++i) {
            buf[oubt + i] = st.w[bs + i];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i = 0; i < ml; ++i) {
          buf[oubt + i] = buf[stin + i];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out)
        st.y += oubt;
      else
        buf = slc(buf, 0, oubt);
    } else if (out) {
      st.y += lss;
      if (spl) {
        for (var i = 0; i < lss; ++i) {
          buf[i] = buf[spl + i];
        }
      }
    } else if (spl)
      buf = slc(buf, spl);
    st.b = ebt;
    return buf;
  }
  err(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u8(ol);
  for (var i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u8(0), true);
          return;
        }
        if (ncs < 5)
          err(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err(5);
  };
  return Decompress2;
})();

// src/core/install/zstd.ts
var MAX_WINDOW_LOG = 27;
var MAX_WINDOW_BYTES = 2 ** MAX_WINDOW_LOG;
var FRAME_MAGIC = 4247762216;
var ZstdFrameScanner = class {
  constructor(archive, maxWindow = MAX_WINDOW_BYTES) {
    this.archive = archive;
    this.maxWindow = maxWindow;
  }
  archive;
  maxWindow;
  state = { at: "frame" };
  pending = Buffer.alloc(0);
  push(chunk) {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (; ; ) {
      const used = this.step(buf);
      if (used === 0) break;
      buf = buf.subarray(used);
    }
    this.pending = Buffer.from(buf);
  }
  /** Consumes one unit from the front of `buf`; 0 when more bytes are needed. */
  step(buf) {
    const s = this.state;
    if (s.at === "skip") {
      const n = Math.min(s.bytes, buf.length);
      if (n === 0) return 0;
      s.bytes -= n;
      if (s.bytes === 0)
        this.state = s.then === "frame" ? { at: "frame" } : { at: "block", checksum: s.checksum };
      return n;
    }
    if (s.at === "block") {
      if (buf.length < 3) return 0;
      const h = buf[0] | buf[1] << 8 | buf[2] << 16;
      const last = h & 1;
      const type = h >> 1 & 3;
      const size = h >>> 3;
      const body = type === 1 ? 1 : type === 3 ? this.corrupt("a reserved block type") : size;
      const trailer = last && s.checksum ? 4 : 0;
      this.state = {
        at: "skip",
        bytes: body + trailer,
        then: last ? "frame" : "block",
        checksum: s.checksum
      };
      if (body + trailer === 0) this.state = last ? { at: "frame" } : { at: "block", checksum: s.checksum };
      return 3;
    }
    return this.frameHeader(buf);
  }
  frameHeader(buf) {
    if (buf.length < 8) return 0;
    const magic = buf.readUInt32LE(0);
    if ((magic & 4294967280) === 407710288) {
      this.state = { at: "skip", bytes: buf.readUInt32LE(4), then: "frame", checksum: false };
      return 8;
    }
    if (magic !== FRAME_MAGIC) return this.corrupt("no zstd frame where one should start");
    const fhd = buf[4];
    const fcsFlag = fhd >> 6;
    const singleSegment = fhd >> 5 & 1;
    const checksum = (fhd >> 2 & 1) === 1;
    const dictBytes = [0, 1, 2, 4][fhd & 3];
    const fcsBytes = [singleSegment ? 1 : 0, 2, 4, 8][fcsFlag];
    const headerLen = 5 + (singleSegment ? 0 : 1) + dictBytes + fcsBytes;
    if (buf.length < headerLen) return 0;
    let window;
    if (!singleSegment) {
      const wd = buf[5];
      const log = 10 + (wd >> 3);
      window = 2 ** log + 2 ** log / 8 * (wd & 7);
    } else {
      const at = 5 + dictBytes;
      window = fcsBytes === 1 ? buf[at] : fcsBytes === 2 ? buf.readUInt16LE(at) + 256 : fcsBytes === 4 ? buf.readUInt32LE(at) : Number(buf.readBigUInt64LE(at));
    }
    if (window > this.maxWindow) throw windowError(this.archive, window, this.maxWindow);
    this.state = { at: "block", checksum };
    return headerLen;
  }
  corrupt(what) {
    throw new PythonInstallationError(`Cannot extract ${this.archive}: not valid zstd data (${what}).`, {
      requested: this.archive,
      hint: "The archive is truncated or corrupt; download it again."
    });
  }
};
function windowError(archive, window, max) {
  return new PythonInstallationError(
    `Refusing to extract ${archive}: a zstd frame asks for a ${describeBytes(window)} window (${window} bytes), over the ${describeBytes(max)} limit (window log ${Math.log2(max)}).`,
    {
      requested: archive,
      window,
      limit: "zstdWindow",
      value: max,
      hint: "Real archives use at most 128 MiB (the reference zstd refuses more by default): re-compress it without --long=28 or higher."
    }
  );
}
function zstdDecompressor(archive, decoderName = "auto") {
  const scanner = new ZstdFrameScanner(archive);
  const guard = new Transform({
    transform(chunk, _e, cb) {
      try {
        scanner.push(chunk);
        cb(null, chunk);
      } catch (e) {
        cb(e);
      }
    }
  });
  return [guard, decoder(decoderName === "fzstd")];
}
function decoder(forceFzstd) {
  const z = zlibModule();
  if (!forceFzstd && typeof z.createZstdDecompress === "function") {
    const key = z.constants.ZSTD_d_windowLogMax;
    return z.createZstdDecompress(key === void 0 ? {} : { params: { [key]: MAX_WINDOW_LOG } });
  }
  const d = new Decompress((chunk) => {
    if (chunk.length) out.push(Buffer.from(chunk));
  });
  const out = new Transform({
    transform(chunk, _e, cb) {
      try {
        d.push(chunk);
        cb();
      } catch (e) {
        cb(e);
      }
    },
    flush(cb) {
      try {
        d.push(new Uint8Array(0), true);
        cb();
      } catch (e) {
        cb(e);
      }
    }
  });
  return out;
}

// src/core/install/extract.ts
var loadYauzl = () => import("./yauzl-54AKJ5SK.js").then((m) => m.default);
var SMALL_FILE = 1024 * 1024;
function formatFromName(name) {
  const n = name.toLowerCase();
  if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) return "tar.gz";
  if (n.endsWith(".tar.zst") || n.endsWith(".tzst") || n.endsWith(".tar.zstd")) return "tar.zst";
  if (n.endsWith(".zip")) return "zip";
  return void 0;
}
async function sniffFormat(file) {
  const fh = await fs2.open(file, "r");
  try {
    const b = Buffer.alloc(4);
    await fh.read(b, 0, 4, 0);
    if (b[0] === 31 && b[1] === 139) return "tar.gz";
    if (b.readUInt32LE(0) === 4247762216) return "tar.zst";
    if (b[0] === 80 && b[1] === 75 && b[2] === 3 && b[3] === 4) return "zip";
    return void 0;
  } finally {
    await fh.close();
  }
}
async function extractArchive(archive, destDir, o = {}) {
  const format = o.format ?? formatFromName(archive) ?? await sniffFormat(archive);
  if (!format) {
    throw new PythonInstallationError(`Cannot tell the archive format of ${archive}.`, {
      requested: archive,
      available: ["tar.gz", "tar.zst", "zip"],
      hint: "Name it .tar.gz, .tar.zst or .zip."
    });
  }
  const dest = path2.resolve(destDir);
  let tmp;
  try {
    await makeDirs(path2.dirname(dest));
    tmp = await fs2.mkdtemp(path2.join(path2.dirname(dest), `.${path2.basename(dest)}.extract-`));
    await extractInto(archive, tmp, format, o);
    await moveInto(tmp, dest);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot extract ${archive} into ${dest}: ${fsErrorText(e)}`, {
      requested: dest,
      hint: "Check that the destination is writable and has room."
    });
  } finally {
    if (tmp) await fs2.rm(tmp, { recursive: true, force: true });
  }
}
async function extractInto(archive, root, format, o = {}) {
  const w = new TreeWriter(archive, root, o);
  if (format === "zip") await unzip(archive, w, o);
  else await untar(archive, format, w, o);
  w.finish();
}
async function moveInto(src, dest) {
  const existing = await fs2.readdir(dest).catch(() => void 0);
  if (existing && existing.length === 0) await fs2.rmdir(dest);
  if (!existing || existing.length === 0) {
    await renameWithRetry(src, dest);
    return;
  }
  for (const child of await fs2.readdir(src)) {
    if (existing.includes(child)) {
      throw new PythonInstallationError(`Cannot extract into ${dest}: ${child} already exists there.`, {
        requested: dest,
        hint: "Extract into an empty directory or remove the existing files first."
      });
    }
  }
  for (const child of await fs2.readdir(src))
    await renameWithRetry(path2.join(src, child), path2.join(dest, child));
}
function progressMeter(total, w, guard, o) {
  let bytes = 0;
  const reclaim = garbageMeter(1024 * 1024);
  return new Transform2({
    transform(chunk, _e, cb) {
      bytes += chunk.length;
      guard.addCompressed(chunk.length);
      reclaim(chunk.length);
      o.onProgress?.({ bytes, total, entries: w.entries });
      cb(null, chunk);
    }
  });
}
function inflationMeter(w, guard) {
  return new Transform2({
    transform(chunk, _e, cb) {
      try {
        guard.addInflated(chunk.length, w.current || void 0);
        cb(null, chunk);
      } catch (e) {
        cb(e);
      }
    }
  });
}
async function extractTarStream(source, root, format, o = {}) {
  const name = o.name ?? "archive";
  const w = new TreeWriter(name, root, o);
  await untarFrom(source, name, format, w, o, 0);
  w.finish();
}
async function untar(archive, format, w, o) {
  const total = (await fs2.stat(archive)).size;
  const source = createReadStream(archive, { highWaterMark: 256 * 1024 });
  await untarFrom(source, archive, format, w, o, total);
}
async function untarFrom(source, archive, format, w, o, total) {
  const guard = new InflationGuard(archive, o);
  const ex = import_tar_stream.default.extract();
  ex.on("entry", (header, stream, next) => {
    stream.on("error", () => {
    });
    let rel;
    try {
      rel = w.begin(header.name, header.type, header.size ?? 0);
    } catch (e) {
      return next(e);
    }
    const type = header.type;
    if ((type === "file" || type === "contiguous-file") && rel) {
      const mode = header.mode ?? 420;
      const mtime = header.mtime ?? /* @__PURE__ */ new Date();
      if ((header.size ?? 0) <= SMALL_FILE) {
        const chunks = [];
        stream.on("data", (c) => chunks.push(c));
        stream.on("end", () => {
          try {
            w.writeSmall(rel, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), mode, mtime);
            next();
          } catch (e) {
            next(e);
          }
        });
      } else {
        w.writeStream(rel, stream, mode, mtime).then(() => next(), next);
      }
      return;
    }
    stream.on("end", () => {
      try {
        if (rel) w.other(rel, type, header.linkname ?? "", header.mode ?? 493, header.name);
        next();
      } catch (e) {
        next(e);
      }
    });
    stream.resume();
  });
  const decompress = format === "tar.gz" ? [zlibModule().createGunzip({ chunkSize: 128 * 1024 })] : zstdDecompressor(archive, o.zstdDecoder);
  const meters = [progressMeter(total, w, guard, o), ...decompress, inflationMeter(w, guard)];
  try {
    await pipeline2([source, ...meters, ex], { signal: o.signal });
  } catch (e) {
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      { requested: archive, hint: extractHint(e) }
    );
  }
}
async function unzip(archive, w, o) {
  const total = (await fs2.stat(archive)).size;
  const { open } = await loadYauzl();
  const zip = await new Promise(
    (resolve, reject) => open(
      archive,
      { lazyEntries: true, autoClose: true, strictFileNames: false },
      (err2, z) => err2 ? reject(err2) : resolve(z)
    )
  ).catch((e) => {
    throw new PythonInstallationError(`Cannot read zip ${archive}: ${e.message}`, { requested: archive });
  });
  const guard = new InflationGuard(archive, o);
  await new Promise((resolve, reject) => {
    const fail = (e) => {
      zip.close();
      reject(e);
    };
    zip.on("error", fail);
    zip.on("end", resolve);
    zip.on("entry", (entry) => {
      if (o.signal?.aborted) return fail(o.signal.reason);
      const unixMode = entry.externalFileAttributes >>> 16 & 65535;
      const fmt = unixMode & 61440;
      const isDir = entry.fileName.endsWith("/") || fmt === 16384;
      const type = isDir ? "directory" : fmt === 40960 ? "symlink" : fmt === 0 || fmt === 32768 ? "file" : "device";
      let rel;
      try {
        rel = w.begin(entry.fileName, type, entry.uncompressedSize);
        guard.addCompressed(entry.compressedSize);
        guard.addInflated(entry.uncompressedSize, w.current);
      } catch (e) {
        return fail(e);
      }
      o.onProgress?.({
        bytes: Math.min(total, entry.relativeOffsetOfLocalHeader),
        total,
        entries: w.entries
      });
      if (!rel || type === "directory") {
        if (rel) w.other(rel, "directory", "", unixMode & 511 || 493, entry.fileName);
        return zip.readEntry();
      }
      zip.openReadStream(entry, (err2, stream) => {
        if (err2) return fail(err2);
        const chunks = [];
        stream.on("data", (c) => chunks.push(c));
        stream.on("error", fail);
        stream.on("end", () => {
          try {
            const body = Buffer.concat(chunks);
            if (type === "symlink") w.other(rel, "symlink", body.toString("utf8"), 511, entry.fileName);
            else w.writeSmall(rel, body, unixMode & 511 || 420, entry.getLastModDate());
            zip.readEntry();
          } catch (e) {
            fail(e);
          }
        });
      });
    });
    zip.readEntry();
  }).catch((e) => {
    if (e instanceof PythonInstallationError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      {
        requested: archive,
        hint: "The zip is corrupt or has unsafe entry names; nothing was installed."
      }
    );
  });
}
function extractHint(e) {
  switch (e?.code) {
    case "ENOSPC":
    case "EDQUOT":
      return "The destination file system is out of space (or quota); free some space and retry.";
    case "EROFS":
      return "The destination file system is read-only; choose a writable root.";
    case "EACCES":
    case "EPERM":
      return "The destination is not writable by this user; fix its permissions or choose another root.";
    default:
      return "The archive is truncated or corrupt; download it again.";
  }
}

export {
  formatFromName,
  sniffFormat,
  extractArchive,
  extractInto,
  extractTarStream
};
