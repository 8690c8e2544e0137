import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  DEFAULT_UV_VERSION,
  isPrerelease,
  parseSpecifiers,
  parseVersion,
  specifiersContain,
  specifiersMentionPrerelease
} from "./chunk-MPT6G2NF.js";
import {
  ConfigurationError
} from "./chunk-Q6UA7ENB.js";

// src/core/uv/version-request.ts
var EXACT_RE = /^(?:==|v)?\s*(\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?)$/;
function tryParseUvVersionRequest(raw) {
  const text = raw.trim();
  if (text.toLowerCase() === "latest") return { kind: "latest", text: "latest" };
  const exact = EXACT_RE.exec(text);
  if (exact) return { kind: "exact", version: exact[1], text };
  const pep = /^(===|==|!=|<=|>=|~=|<|>)/.test(text) && !/\s[<>=!~]/.test(text) ? text : npmRangeAsPep440(text);
  const specifiers = pep === void 0 ? void 0 : parseSpecifiers(pep);
  if (!specifiers) return void 0;
  const withPre = specifiersMentionPrerelease(specifiers);
  return {
    kind: "range",
    text,
    contains: (v) => {
      const parsed = parseVersion(v);
      return !!parsed && (withPre || !isPrerelease(parsed)) && specifiersContain(specifiers, parsed);
    }
  };
}
var NUM = String.raw`(\d+)`;
var WILD = String.raw`(?:\.[xX*])?`;
function npmRangeAsPep440(text) {
  let m = new RegExp(`^${NUM}\\.${NUM}${WILD}$`).exec(text);
  if (m) return `==${m[1]}.${m[2]}.*`;
  m = new RegExp(`^${NUM}\\.[xX*]$`).exec(text);
  if (m) return `==${m[1]}.*`;
  m = new RegExp(`^([~^])${NUM}\\.${NUM}(?:\\.${NUM})?$`).exec(text);
  if (m) {
    const [major, minor, patch] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
    const low = `>=${major}.${minor}.${patch}`;
    if (m[1] === "~" || major === 0 && minor > 0) return `${low},<${major}.${minor + 1}.0`;
    return major > 0 ? `${low},<${major + 1}.0.0` : `${low},<0.0.${patch + 1}`;
  }
  const parts = text.split(/\s+/);
  if (parts.length > 1 && parts.every((p) => /^(<=|>=|<|>|==?)\d/.test(p)))
    return parts.map((p) => p.replace(/^=(?=\d)/, "==")).join(",");
  return void 0;
}
function parseUvVersionRequest(raw, source = "uvVersion") {
  const parsed = tryParseUvVersionRequest(raw);
  if (parsed) return parsed;
  throw new ConfigurationError(
    `uv version ${JSON.stringify(raw)} (${source}) is not an exact version, "latest" or a version range.`,
    {
      key: "uvVersion",
      source,
      requested: raw,
      hint: `Use an exact release (${DEFAULT_UV_VERSION}), "latest", or a range such as ">=0.13,<0.14" or "0.13.x".`
    }
  );
}
function exactWithoutLookup(req, preferPinned) {
  if (req.kind === "exact") return req.version;
  if (preferPinned && req.kind === "range" && req.contains(DEFAULT_UV_VERSION)) return DEFAULT_UV_VERSION;
  return void 0;
}
function pinnedUvVersion(request) {
  const parsed = tryParseUvVersionRequest(request ?? DEFAULT_UV_VERSION);
  return parsed?.kind === "exact" ? parsed.version : void 0;
}

export {
  tryParseUvVersionRequest,
  parseUvVersionRequest,
  exactWithoutLookup,
  pinnedUvVersion
};
