const __pyembedImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESMShared = new WeakMap();
var __toESM = (mod, isNodeMode, target) => {
  if (isNodeMode !== 1 || target !== void 0 || mod === null || typeof mod !== "object")
    return __toESMEach(mod, isNodeMode, target);
  let ns = __toESMShared.get(mod);
  if (ns === void 0) __toESMShared.set(mod, (ns = __toESMEach(mod, 1)));
  return ns;
};
var __toESMEach = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
var init_utils = __esm({
  "node_modules/@actions/core/lib/utils.js"() {
  }
});

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var os, CMD_STRING, Command;
var init_command = __esm({
  "node_modules/@actions/core/lib/command.js"() {
    os = __toESM(require("os"), 1);
    init_utils();
    CMD_STRING = "::";
    Command = class {
      constructor(command, properties, message) {
        if (!command) {
          command = "missing.command";
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
      }
      toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
          cmdStr += " ";
          let first = true;
          for (const key in this.properties) {
            if (this.properties.hasOwnProperty(key)) {
              const val = this.properties[key];
              if (val) {
                if (first) {
                  first = false;
                } else {
                  cmdStr += ",";
                }
                cmdStr += `${key}=${escapeProperty(val)}`;
              }
            }
          }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
      }
    };
  }
});

// lazy-builtin:crypto
var require_crypto = __commonJS({
  "lazy-builtin:crypto"(exports2, module2) {
    var loaded;
    var load = () => loaded ??= require("node:crypto");
    var facade = {};
    for (const name of ["createHash", "createHmac", "randomBytes", "randomUUID", "webcrypto"])
      Object.defineProperty(facade, name, { enumerable: true, get: () => load()[name] });
    module2.exports = new Proxy(facade, { get: (t, k) => k in t ? t[k] : load()[k] });
  }
});

// deps-fs:fs
var require_fs = __commonJS({
  "deps-fs:fs"(exports2, module2) {
    var fs5 = require("node:fs");
    var facade = {};
    for (const name of Object.keys(fs5))
      if (name !== "promises") Object.defineProperty(facade, name, { enumerable: true, get: () => fs5[name] });
    var calls = {};
    var promises3 = new Proxy({}, {
      get: (t, k) => k === "constants" ? fs5.promises.constants : calls[k] ??= (...a) => fs5.promises[k](...a)
    });
    Object.defineProperty(facade, "promises", { enumerable: true, value: promises3 });
    module2.exports = facade;
  }
});

// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}
var crypto, fs, os2;
var init_file_command = __esm({
  "node_modules/@actions/core/lib/file-command.js"() {
    crypto = __toESM(require_crypto(), 1);
    fs = __toESM(require_fs(), 1);
    os2 = __toESM(require("os"), 1);
    init_utils();
  }
});

// builtin-http:http
var require_http = __commonJS({
  "builtin-http:http"(exports2, module2) {
    module2.exports = require("node:http");
  }
});

// lazy-builtin:http
var require_http2 = __commonJS({
  "lazy-builtin:http"(exports2, module2) {
    var loaded;
    var load = () => loaded ??= require_http();
    var facade = {};
    for (const name of ["Agent", "ClientRequest", "IncomingMessage", "METHODS", "OutgoingMessage", "STATUS_CODES", "Server", "ServerResponse", "createServer", "get", "globalAgent", "maxHeaderSize", "request", "validateHeaderName", "validateHeaderValue"])
      Object.defineProperty(facade, name, { enumerable: true, get: () => load()[name] });
    module2.exports = new Proxy(facade, { get: (t, k) => k in t ? t[k] : load()[k] });
  }
});

// builtin-http:https
var require_https = __commonJS({
  "builtin-http:https"(exports2, module2) {
    module2.exports = require("node:https");
  }
});

// lazy-builtin:https
var require_https2 = __commonJS({
  "lazy-builtin:https"(exports2, module2) {
    var loaded;
    var load = () => loaded ??= require_https();
    var facade = {};
    for (const name of ["Agent", "Server", "createServer", "get", "globalAgent", "request"])
      Object.defineProperty(facade, name, { enumerable: true, get: () => load()[name] });
    module2.exports = new Proxy(facade, { get: (t, k) => k in t ? t[k] : load()[k] });
  }
});

// node_modules/@actions/http-client/lib/proxy.js
var init_proxy = __esm({
  "node_modules/@actions/http-client/lib/proxy.js"() {
  }
});

// lazy-builtin:net
var require_net = __commonJS({
  "lazy-builtin:net"(exports2, module2) {
    var loaded;
    var load = () => loaded ??= require("node:net");
    var facade = {};
    for (const name of ["BlockList", "Server", "Socket", "SocketAddress", "Stream", "connect", "createConnection", "createServer", "isIP", "isIPv4", "isIPv6"])
      Object.defineProperty(facade, name, { enumerable: true, get: () => load()[name] });
    module2.exports = new Proxy(facade, { get: (t, k) => k in t ? t[k] : load()[k] });
  }
});

// lazy-builtin:tls
var require_tls = __commonJS({
  "lazy-builtin:tls"(exports2, module2) {
    var loaded;
    var load = () => loaded ??= require("node:tls");
    var facade = {};
    for (const name of ["DEFAULT_CIPHERS", "DEFAULT_ECDH_CURVE", "DEFAULT_MAX_VERSION", "DEFAULT_MIN_VERSION", "SecureContext", "Server", "TLSSocket", "checkServerIdentity", "connect", "createSecureContext", "createServer", "getCiphers", "rootCertificates"])
      Object.defineProperty(facade, name, { enumerable: true, get: () => load()[name] });
    module2.exports = new Proxy(facade, { get: (t, k) => k in t ? t[k] : load()[k] });
  }
});

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports2) {
    "use strict";
    var net = require_net();
    var tls = require_tls();
    var http2 = require_http2();
    var https2 = require_https2();
    var events = require("events");
    var assert = require("assert");
    var util = require("util");
    exports2.httpOverHttp = httpOverHttp2;
    exports2.httpsOverHttp = httpsOverHttp2;
    exports2.httpOverHttps = httpOverHttps2;
    exports2.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https2.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https2.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http2.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host3, port, localAddress) {
        var options2 = toOptions(host3, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending2 = self.requests[i];
          if (pending2.host === options2.host && pending2.port === options2.port) {
            self.requests.splice(i, 1);
            pending2.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req2, host3, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req2 }, self.options, toOptions(host3, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req2.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending2 = this.requests.shift();
      if (pending2) {
        this.createSocket(pending2, function(socket2) {
          pending2.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host3, port, localAddress) {
      if (typeof host3 === "string") {
        return {
          host: host3,
          port,
          localAddress
        };
      }
      return host3;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports2.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports2, module2) {
    module2.exports = require_tunnel();
  }
});

// lazy-tunnel:tunnel
var require_tunnel3 = __commonJS({
  "lazy-tunnel:tunnel"(exports2) {
    var loaded;
    var load = () => loaded ??= require_tunnel2();
    exports2.httpOverHttp = (...a) => load().httpOverHttp(...a);
    exports2.httpsOverHttp = (...a) => load().httpsOverHttp(...a);
    exports2.httpOverHttps = (...a) => load().httpOverHttps(...a);
    exports2.httpsOverHttps = (...a) => load().httpsOverHttps(...a);
  }
});

// lazy-undici:undici
var init_undici = __esm({
  "lazy-undici:undici"() {
  }
});

// node_modules/@actions/http-client/lib/index.js
var http, https, tunnel, HttpCodes, Headers, MediaTypes, HttpRedirectCodes, HttpResponseRetryCodes;
var init_lib = __esm({
  "node_modules/@actions/http-client/lib/index.js"() {
    http = __toESM(require_http2(), 1);
    https = __toESM(require_https2(), 1);
    init_proxy();
    tunnel = __toESM(require_tunnel3(), 1);
    init_undici();
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (HttpCodes = {}));
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (Headers = {}));
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (MediaTypes = {}));
    HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
  }
});

// node_modules/@actions/http-client/lib/auth.js
var init_auth = __esm({
  "node_modules/@actions/http-client/lib/auth.js"() {
  }
});

// node_modules/@actions/core/lib/oidc-utils.js
var init_oidc_utils = __esm({
  "node_modules/@actions/core/lib/oidc-utils.js"() {
    init_lib();
    init_auth();
    init_core();
  }
});

// node_modules/@actions/core/lib/summary.js
var import_os, import_fs, __awaiter, access, appendFile, writeFile, SUMMARY_ENV_VAR, Summary, _summary, summary;
var init_summary = __esm({
  "node_modules/@actions/core/lib/summary.js"() {
    import_os = require("os");
    import_fs = __toESM(require_fs(), 1);
    __awaiter = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    ({ access, appendFile, writeFile } = import_fs.promises);
    SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
    Summary = class {
      constructor() {
        this._buffer = "";
      }
      /**
       * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
       * Also checks r/w permissions.
       *
       * @returns step summary file path
       */
      filePath() {
        return __awaiter(this, void 0, void 0, function* () {
          if (this._filePath) {
            return this._filePath;
          }
          const pathFromEnv = process.env[SUMMARY_ENV_VAR];
          if (!pathFromEnv) {
            throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
          }
          try {
            yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
          } catch (_a) {
            throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
          }
          this._filePath = pathFromEnv;
          return this._filePath;
        });
      }
      /**
       * Wraps content in an HTML tag, adding any HTML attributes
       *
       * @param {string} tag HTML tag to wrap
       * @param {string | null} content content within the tag
       * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
       *
       * @returns {string} content wrapped in HTML element
       */
      wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
        if (!content) {
          return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
      }
      /**
       * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
       *
       * @param {SummaryWriteOptions} [options] (optional) options for write operation
       *
       * @returns {Promise<Summary>} summary instance
       */
      write(options) {
        return __awaiter(this, void 0, void 0, function* () {
          const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
          const filePath = yield this.filePath();
          const writeFunc = overwrite ? writeFile : appendFile;
          yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
          return this.emptyBuffer();
        });
      }
      /**
       * Clears the summary buffer and wipes the summary file
       *
       * @returns {Summary} summary instance
       */
      clear() {
        return __awaiter(this, void 0, void 0, function* () {
          return this.emptyBuffer().write({ overwrite: true });
        });
      }
      /**
       * Returns the current summary buffer as a string
       *
       * @returns {string} string of summary buffer
       */
      stringify() {
        return this._buffer;
      }
      /**
       * If the summary buffer is empty
       *
       * @returns {boolen} true if the buffer is empty
       */
      isEmptyBuffer() {
        return this._buffer.length === 0;
      }
      /**
       * Resets the summary buffer without writing to summary file
       *
       * @returns {Summary} summary instance
       */
      emptyBuffer() {
        this._buffer = "";
        return this;
      }
      /**
       * Adds raw text to the summary buffer
       *
       * @param {string} text content to add
       * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
       *
       * @returns {Summary} summary instance
       */
      addRaw(text3, addEOL = false) {
        this._buffer += text3;
        return addEOL ? this.addEOL() : this;
      }
      /**
       * Adds the operating system-specific end-of-line marker to the buffer
       *
       * @returns {Summary} summary instance
       */
      addEOL() {
        return this.addRaw(import_os.EOL);
      }
      /**
       * Adds an HTML codeblock to the summary buffer
       *
       * @param {string} code content to render within fenced code block
       * @param {string} lang (optional) language to syntax highlight code
       *
       * @returns {Summary} summary instance
       */
      addCodeBlock(code, lang) {
        const attrs = Object.assign({}, lang && { lang });
        const element = this.wrap("pre", this.wrap("code", code), attrs);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML list to the summary buffer
       *
       * @param {string[]} items list of items to render
       * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
       *
       * @returns {Summary} summary instance
       */
      addList(items, ordered = false) {
        const tag = ordered ? "ol" : "ul";
        const listItems = items.map((item) => this.wrap("li", item)).join("");
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML table to the summary buffer
       *
       * @param {SummaryTableCell[]} rows table rows
       *
       * @returns {Summary} summary instance
       */
      addTable(rows) {
        const tableBody = rows.map((row) => {
          const cells = row.map((cell) => {
            if (typeof cell === "string") {
              return this.wrap("td", cell);
            }
            const { header: header2, data, colspan, rowspan } = cell;
            const tag = header2 ? "th" : "td";
            const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
            return this.wrap(tag, data, attrs);
          }).join("");
          return this.wrap("tr", cells);
        }).join("");
        const element = this.wrap("table", tableBody);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds a collapsable HTML details element to the summary buffer
       *
       * @param {string} label text for the closed state
       * @param {string} content collapsable content
       *
       * @returns {Summary} summary instance
       */
      addDetails(label, content) {
        const element = this.wrap("details", this.wrap("summary", label) + content);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML image tag to the summary buffer
       *
       * @param {string} src path to the image you to embed
       * @param {string} alt text description of the image
       * @param {SummaryImageOptions} options (optional) addition image attributes
       *
       * @returns {Summary} summary instance
       */
      addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
        const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML section heading element
       *
       * @param {string} text heading text
       * @param {number | string} [level=1] (optional) the heading level, default: 1
       *
       * @returns {Summary} summary instance
       */
      addHeading(text3, level) {
        const tag = `h${level}`;
        const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
        const element = this.wrap(allowedTag, text3);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML thematic break (<hr>) to the summary buffer
       *
       * @returns {Summary} summary instance
       */
      addSeparator() {
        const element = this.wrap("hr", null);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML line break (<br>) to the summary buffer
       *
       * @returns {Summary} summary instance
       */
      addBreak() {
        const element = this.wrap("br", null);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML blockquote to the summary buffer
       *
       * @param {string} text quote text
       * @param {string} cite (optional) citation url
       *
       * @returns {Summary} summary instance
       */
      addQuote(text3, cite) {
        const attrs = Object.assign({}, cite && { cite });
        const element = this.wrap("blockquote", text3, attrs);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML anchor tag to the summary buffer
       *
       * @param {string} text link text/content
       * @param {string} href hyperlink
       *
       * @returns {Summary} summary instance
       */
      addLink(text3, href) {
        const element = this.wrap("a", text3, { href });
        return this.addRaw(element).addEOL();
      }
    };
    _summary = new Summary();
    summary = _summary;
  }
});

// node_modules/@actions/core/lib/path-utils.js
var init_path_utils = __esm({
  "node_modules/@actions/core/lib/path-utils.js"() {
  }
});

// node_modules/@actions/io/lib/io-util.js
var fs2, chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink, IS_WINDOWS, READONLY;
var init_io_util = __esm({
  "node_modules/@actions/io/lib/io-util.js"() {
    fs2 = __toESM(require_fs(), 1);
    ({ chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises);
    IS_WINDOWS = process.platform === "win32";
    READONLY = fs2.constants.O_RDONLY;
  }
});

// node_modules/@actions/io/lib/io.js
var init_io = __esm({
  "node_modules/@actions/io/lib/io.js"() {
    init_io_util();
  }
});

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2;
var init_toolrunner = __esm({
  "node_modules/@actions/exec/lib/toolrunner.js"() {
    init_io();
    init_io_util();
    IS_WINDOWS2 = process.platform === "win32";
  }
});

// node_modules/@actions/exec/lib/exec.js
var init_exec = __esm({
  "node_modules/@actions/exec/lib/exec.js"() {
    init_toolrunner();
  }
});

// node_modules/@actions/core/lib/platform.js
var import_os2, platform, arch;
var init_platform = __esm({
  "node_modules/@actions/core/lib/platform.js"() {
    import_os2 = __toESM(require("os"), 1);
    init_exec();
    platform = import_os2.default.platform();
    arch = import_os2.default.arch();
  }
});

// node_modules/@actions/core/lib/core.js
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path.delimiter}${process.env["PATH"]}`;
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
var os4, path, ExitCode;
var init_core = __esm({
  "node_modules/@actions/core/lib/core.js"() {
    init_command();
    init_file_command();
    init_utils();
    os4 = __toESM(require("os"), 1);
    path = __toESM(require("path"), 1);
    init_oidc_utils();
    init_summary();
    init_summary();
    init_path_utils();
    init_platform();
    (function(ExitCode2) {
      ExitCode2[ExitCode2["Success"] = 0] = "Success";
      ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
    })(ExitCode || (ExitCode = {}));
  }
});

// src/core/builtins.ts
var builtins_exports = {};
__export(builtins_exports, {
  childProcessModule: () => childProcessModule,
  cryptoModule: () => cryptoModule,
  execFileAsync: () => execFileAsync,
  monotonicMs: () => monotonicMs,
  netModule: () => netModule,
  randomTag: () => randomTag,
  sha256: () => sha256,
  utilModule: () => utilModule,
  v8Module: () => v8Module,
  vmModule: () => vmModule,
  zlibModule: () => zlibModule
});
function randomTag(bytes = 4) {
  let s = "";
  for (let i = 0; i < bytes; i++)
    s += Math.floor(Math.random() * 256).toString(16).padStart(2, "0");
  return s;
}
var import_node_module, requireBuiltin, cryptoModule, zlibModule, vmModule, v8Module, childProcessModule, netModule, utilModule, execFilePromise, execFileAsync, sha256, monotonicMs;
var init_builtins = __esm({
  "src/core/builtins.ts"() {
    "use strict";
    import_node_module = require("node:module");
    requireBuiltin = (0, import_node_module.createRequire)(__pyembedImportMetaUrl);
    cryptoModule = () => requireBuiltin("node:crypto");
    zlibModule = () => requireBuiltin("node:zlib");
    vmModule = () => requireBuiltin("node:vm");
    v8Module = () => requireBuiltin("node:v8");
    childProcessModule = () => requireBuiltin("node:child_process");
    netModule = () => requireBuiltin("node:net");
    utilModule = () => requireBuiltin("node:util");
    execFileAsync = ((...args) => (execFilePromise ??= utilModule().promisify(childProcessModule().execFile))(...args));
    sha256 = () => cryptoModule().createHash("sha256");
    monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
  }
});

// src/action/file-commands.ts
var file_commands_exports = {};
__export(file_commands_exports, {
  exportVariable: () => exportVariable2,
  saveState: () => saveState2,
  setOutput: () => setOutput2
});
function appendKeyValue(variable, name, value) {
  const file = process.env[variable];
  if (!(0, import_node_fs.existsSync)(file)) throw new Error(`Missing file at path: ${file}`);
  const text3 = commandValue(value);
  let delimiter2;
  do
    delimiter2 = `ghadelimiter_${randomTag(16)}`;
  while (name.includes(delimiter2) || text3.includes(delimiter2));
  (0, import_node_fs.appendFileSync)(file, `${name}<<${delimiter2}${import_node_os.EOL}${text3}${import_node_os.EOL}${delimiter2}${import_node_os.EOL}`, "utf8");
}
function setOutput2(name, value) {
  if (process.env.GITHUB_OUTPUT) appendKeyValue("GITHUB_OUTPUT", name, value);
  else setOutput(name, value);
}
function exportVariable2(name, value) {
  if (!process.env.GITHUB_ENV) return exportVariable(name, value);
  process.env[name] = commandValue(value);
  appendKeyValue("GITHUB_ENV", name, value);
}
function saveState2(name, value) {
  if (process.env.GITHUB_STATE) appendKeyValue("GITHUB_STATE", name, value);
  else saveState(name, value);
}
var import_node_fs, import_node_os, commandValue;
var init_file_commands = __esm({
  "src/action/file-commands.ts"() {
    "use strict";
    init_core();
    import_node_fs = require("node:fs");
    import_node_os = require("node:os");
    init_builtins();
    commandValue = (v) => v === null || v === void 0 ? "" : typeof v === "string" ? v : JSON.stringify(v);
  }
});

// src/action/logger.ts
var logger_exports = {};
__export(logger_exports, {
  actionsLogger: () => actionsLogger
});
var actionsLogger;
var init_logger = __esm({
  "src/action/logger.ts"() {
    "use strict";
    init_core();
    actionsLogger = {
      debug: (m) => debug(m),
      info: (m) => info(m),
      warn: (m) => warning(m),
      error: (m) => error(m)
    };
  }
});

// src/core/async-fs.ts
var async_fs_exports = {};
__export(async_fs_exports, {
  fs: () => fs3
});
function promised(name, impl) {
  const f = impl ?? callbacks[name];
  return ((...args) => new Promise(
    (resolve, reject) => f(...args, (e, v) => e ? reject(e) : resolve(v))
  ));
}
var import_node_module2, callbacks, fs3;
var init_async_fs = __esm({
  "src/core/async-fs.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
    callbacks = (0, import_node_module2.createRequire)(__pyembedImportMetaUrl)("node:fs");
    fs3 = {
      access: promised("access"),
      appendFile: promised("appendFile"),
      chmod: promised("chmod"),
      copyFile: promised("copyFile"),
      cp: promised("cp"),
      link: promised("link"),
      lstat: promised("lstat"),
      mkdir: promised("mkdir"),
      mkdtemp: promised("mkdtemp"),
      readdir: promised("readdir"),
      readFile: promised("readFile"),
      readlink: promised("readlink"),
      // fs.promises.realpath is the system's realpath(3), as `realpath.native` is; plain `realpath` walks in JS
      realpath: promised("realpath", callbacks.realpath.native),
      rename: promised("rename"),
      rm: promised("rm"),
      rmdir: promised("rmdir"),
      stat: promised("stat"),
      statfs: promised("statfs"),
      symlink: promised("symlink"),
      truncate: promised("truncate"),
      unlink: promised("unlink"),
      utimes: promised("utimes"),
      writeFile: promised("writeFile"),
      open: ((...args) => callbacks.promises.open(...args)),
      /** Opens `file` for reading and gives its stats (of what was opened), closing it again: `open` + `stat`. */
      statOpened: (file) => new Promise(
        (resolve, reject) => callbacks.open(file, "r", (e, fd) => {
          if (e) return reject(e);
          callbacks.fstat(fd, (se, st) => callbacks.close(fd, () => se ? reject(se) : resolve(st)));
        })
      )
    };
  }
});

// src/core/catalog/asset-name.ts
var asset_name_exports = {};
__export(asset_name_exports, {
  optionsRank: () => optionsRank,
  parseAssetName: () => parseAssetName,
  platformFromTriple: () => platformFromTriple,
  tripleOf: () => tripleOf
});
function platformFromTriple(triple) {
  const m = /^([a-z0-9_]+?)(?:_(v[234]))?-(?:unknown-linux-([a-z]+)|apple-(darwin)|pc-windows-(msvc))$/.exec(
    triple
  );
  if (!m) return void 0;
  const arch2 = ARCH_FROM_TRIPLE[m[1]] ?? m[1];
  if (m[3])
    return m[2] ? { os: "linux", arch: arch2, archVariant: m[2], libc: m[3] } : { os: "linux", arch: arch2, libc: m[3] };
  if (m[4]) return { os: "darwin", arch: arch2, libc: "none" };
  return { os: "windows", arch: arch2, libc: "none" };
}
function tripleOf(p) {
  const arch2 = (p.arch === "powerpc64le" ? "ppc64le" : p.arch) + (p.archVariant ? `_${p.archVariant}` : "");
  if (p.os === "darwin") return `${arch2}-apple-darwin`;
  if (p.os === "windows") return `${arch2}-pc-windows-msvc`;
  return `${arch2}-unknown-linux-${p.libc}`;
}
function variantOf(options) {
  const parts = options.split(/[+-]/);
  const ft = parts.includes("freethreaded");
  const dbg = parts.includes("debug");
  if (ft && dbg) return "freethreaded+debug";
  if (ft) return "freethreaded";
  if (dbg) return "debug";
  return void 0;
}
function decode(name) {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
function parseAssetName(rawName, tag) {
  const assetName = decode(rawName);
  let m = MODERN.exec(assetName);
  let version;
  let triple;
  let options;
  let flavor;
  let format;
  let build;
  if (m) {
    version = m.slice(1, 5);
    build = m[5];
    triple = m[6];
    options = m[7] ?? "";
    flavor = m[8];
    format = m[9];
  } else if (m = LEGACY.exec(assetName)) {
    version = m.slice(1, 5);
    triple = m[5];
    options = m[6];
    build = tag ?? m[7];
    flavor = "full";
    format = m[8];
  } else if (m = OLDEST.exec(assetName)) {
    version = m.slice(1, 5);
    triple = OLDEST_TRIPLES[m[5]];
    options = m[6] ?? "";
    build = tag ?? m[7];
    flavor = "full";
    format = m[8];
  } else {
    return void 0;
  }
  const platform2 = platformFromTriple(triple);
  if (!platform2) return void 0;
  const [major, minor2, patch] = version.slice(0, 3).map(Number);
  const prerelease = version[3] || void 0;
  return {
    assetName,
    version: `${major}.${minor2}.${patch}${prerelease ?? ""}`,
    major,
    minor: minor2,
    patch,
    prerelease,
    build: tag ?? build,
    triple,
    platform: platform2,
    variant: variantOf(options),
    options,
    flavor,
    format
  };
}
function optionsRank(options) {
  const parts = new Set(options.split(/[+-]/).filter((p) => p !== "freethreaded" && p !== "debug"));
  if (parts.has("pgo") && parts.has("lto")) return 0;
  if (parts.has("pgo")) return 1;
  if (parts.has("lto")) return 2;
  if (parts.size === 0 || parts.size === 1 && parts.has("shared")) return 3;
  if (parts.has("noopt")) return 5;
  return 4;
}
var VERSION, TRIPLE, MODERN, LEGACY, OLDEST, OLDEST_TRIPLES, ARCH_FROM_TRIPLE;
var init_asset_name = __esm({
  "src/core/catalog/asset-name.ts"() {
    "use strict";
    VERSION = String.raw`(\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?`;
    TRIPLE = String.raw`((?:x86_64(?:_v[234])?|aarch64|armv7|i686|ppc64le|s390x|riscv64)-(?:unknown-linux-(?:gnueabihf|gnueabi|musleabihf|gnu|musl)|apple-darwin|pc-windows-msvc))`;
    MODERN = new RegExp(
      String.raw`^cpython-${VERSION}\+(\d{8})-${TRIPLE}-(?:(.+)-)?(install_only_stripped|install_only|full)\.(tar\.gz|tar\.zst)$`
    );
    LEGACY = new RegExp(String.raw`^cpython-${VERSION}-${TRIPLE}-(.+)-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`);
    OLDEST = new RegExp(
      String.raw`^cpython-${VERSION}-(linux64-musl|linux64|macos|windows-amd64|windows-x86)(?:-(.+?))?-(\d{8})T\d{4}\.(tar\.zst|tar\.gz)$`
    );
    OLDEST_TRIPLES = {
      linux64: "x86_64-unknown-linux-gnu",
      "linux64-musl": "x86_64-unknown-linux-musl",
      macos: "x86_64-apple-darwin",
      "windows-amd64": "x86_64-pc-windows-msvc",
      "windows-x86": "i686-pc-windows-msvc"
    };
    ARCH_FROM_TRIPLE = { ppc64le: "powerpc64le" };
  }
});

// src/core/errors.ts
var errors_exports = {};
__export(errors_exports, {
  ChecksumMismatchError: () => ChecksumMismatchError,
  ConfigurationError: () => ConfigurationError,
  DownloadError: () => DownloadError,
  InstanceNotFoundError: () => InstanceNotFoundError,
  InvalidPackageSpecificationError: () => InvalidPackageSpecificationError,
  InvalidPythonVersionError: () => InvalidPythonVersionError,
  MetadataCorruptedError: () => MetadataCorruptedError,
  PackageInstallationError: () => PackageInstallationError,
  PlatformNotSupportedError: () => PlatformNotSupportedError,
  PythonEmbeddedError: () => PythonEmbeddedError,
  PythonExecutionError: () => PythonExecutionError,
  PythonInstallationError: () => PythonInstallationError,
  PythonNotInstalledError: () => PythonNotInstalledError,
  RateLimitError: () => RateLimitError,
  RequirementsFileError: () => RequirementsFileError,
  UvNotFoundError: () => UvNotFoundError,
  VenvCreateError: () => VenvCreateError,
  VirtualEnvironmentNotFoundError: () => VirtualEnvironmentNotFoundError,
  isPythonEmbeddedError: () => isPythonEmbeddedError
});
function isPythonEmbeddedError(e) {
  return e instanceof PythonEmbeddedError;
}
var PythonEmbeddedError, InvalidPythonVersionError, PlatformNotSupportedError, RateLimitError, DownloadError, ChecksumMismatchError, PythonInstallationError, VenvCreateError, InstanceNotFoundError, PythonNotInstalledError, MetadataCorruptedError, UvNotFoundError, VirtualEnvironmentNotFoundError, PackageInstallationError, RequirementsFileError, InvalidPackageSpecificationError, PythonExecutionError, ConfigurationError;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    PythonEmbeddedError = class extends Error {
      /** Exit code used by the `pyembed` CLI; stable per error class. */
      exitCode = 1;
      details;
      constructor(message, details = {}, options) {
        super(message, options);
        this.name = new.target.name;
        this.details = details;
      }
      /** The one-line guidance shown by the action and the CLI. */
      get guidance() {
        return this.details.hint ? `${this.message} ${this.details.hint}` : this.message;
      }
      toJSON() {
        return { ...this.details, name: this.name, message: this.message, exitCode: this.exitCode };
      }
    };
    InvalidPythonVersionError = class extends PythonEmbeddedError {
      exitCode = 10;
    };
    PlatformNotSupportedError = class extends PythonEmbeddedError {
      exitCode = 11;
    };
    RateLimitError = class extends PythonEmbeddedError {
      exitCode = 12;
    };
    DownloadError = class extends PythonEmbeddedError {
      exitCode = 13;
    };
    ChecksumMismatchError = class extends PythonEmbeddedError {
      exitCode = 14;
    };
    PythonInstallationError = class extends PythonEmbeddedError {
      exitCode = 15;
    };
    VenvCreateError = class extends PythonInstallationError {
    };
    InstanceNotFoundError = class extends PythonEmbeddedError {
      exitCode = 16;
    };
    PythonNotInstalledError = class extends PythonEmbeddedError {
      exitCode = 17;
    };
    MetadataCorruptedError = class extends PythonEmbeddedError {
      exitCode = 18;
    };
    UvNotFoundError = class extends PythonEmbeddedError {
      exitCode = 20;
    };
    VirtualEnvironmentNotFoundError = class extends PythonEmbeddedError {
      exitCode = 21;
    };
    PackageInstallationError = class extends PythonEmbeddedError {
      exitCode = 22;
    };
    RequirementsFileError = class extends PythonEmbeddedError {
      exitCode = 23;
    };
    InvalidPackageSpecificationError = class extends PythonEmbeddedError {
      exitCode = 24;
    };
    PythonExecutionError = class extends PythonEmbeddedError {
      exitCode = 30;
    };
    ConfigurationError = class extends PythonEmbeddedError {
      exitCode = 40;
    };
  }
});

// src/core/log.ts
var log_exports = {};
__export(log_exports, {
  silentLogger: () => silentLogger,
  stderrLogger: () => stderrLogger
});
function stderrLogger(verbose = false) {
  const line = (prefix, m) => process.stderr.write(`${prefix}${m}
`);
  return {
    debug: (m) => verbose && line("debug: ", m),
    info: (m) => line("", m),
    warn: (m) => line("warning: ", m),
    error: (m) => line("error: ", m)
  };
}
var silentLogger;
var init_log = __esm({
  "src/core/log.ts"() {
    "use strict";
    silentLogger = { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } };
  }
});

// src/core/versions/implementation.ts
function releaseMatches(build, prefix) {
  return !prefix || build === prefix || build.startsWith(`${prefix}.`);
}
function parseImplementationRequest(lower, parseVersion2) {
  const name = NAMES.find(
    ([n]) => lower === n || lower.startsWith(`${n}@`) || new RegExp(`^${n}-?\\d`).test(lower)
  );
  if (!name) return void 0;
  const [prefix, implementation] = name;
  let rest = lower.slice(prefix.length);
  const any = { implementation, version: { kind: "any" }, variant: "default" };
  if (rest === "" || rest === "@latest" || rest === "@any") return any;
  if (rest.startsWith("@")) {
    const parsed2 = parseVersion2(rest.slice(1));
    return parsed2 ? { implementation, ...parsed2 } : "invalid";
  }
  if (rest.startsWith("-")) rest = rest.slice(1);
  const m = new RegExp(`^(${RELEASE})(?:-v(${RELEASE}))?$`).exec(rest);
  if (!m) return void 0;
  if (implementation === "graalpy" && isGraalPyRelease(m[1])) {
    return m[2] ? "invalid" : { ...any, release: releasePrefix(m[1]) };
  }
  if (m[2] && implementation !== "pypy") return "invalid";
  const parsed = parseVersion2(m[1]);
  if (!parsed || parsed.version.kind === "range") return "invalid";
  return { implementation, ...parsed, ...m[2] ? { release: releasePrefix(m[2]) } : {} };
}
var NAMES, isGraalPyRelease, RELEASE, releasePrefix;
var init_implementation = __esm({
  "src/core/versions/implementation.ts"() {
    "use strict";
    NAMES = [
      ["graalpy", "graalpy"],
      ["pypy", "pypy"],
      ["pp", "pypy"],
      ["gp", "graalpy"]
    ];
    isGraalPyRelease = (text3) => /^(?:[2-9]\d)(?:\.|$)/.test(text3);
    RELEASE = String.raw`\d+(?:\.\d+)*(?:\.x)?`;
    releasePrefix = (text3) => text3.replace(/\.x$/i, "");
  }
});

// src/core/versions/version.ts
var version_exports = {};
__export(version_exports, {
  compareRelease: () => compareRelease,
  compareVersionText: () => compareVersionText,
  compareVersions: () => compareVersions,
  formatVersion: () => formatVersion,
  isPrerelease: () => isPrerelease,
  parseVersion: () => parseVersion
});
function parseVersion(text3) {
  const m = VERSION_RE.exec(text3.trim());
  if (!m) return void 0;
  const v = { release: m[1].split(".").map(Number) };
  if (m[2]) v.pre = { kind: PRE_ALIASES[m[2].toLowerCase()], n: Number(m[3] || 0) };
  if (m[4] !== void 0) v.post = Number(m[4] || 0);
  if (m[5] !== void 0) v.dev = Number(m[5] || 0);
  return v;
}
function formatVersion(v) {
  let s = v.release.join(".");
  if (v.pre) s += `${v.pre.kind}${v.pre.n}`;
  if (v.post !== void 0) s += `.post${v.post}`;
  if (v.dev !== void 0) s += `.dev${v.dev}`;
  return s;
}
function compareRelease(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function suffixKey(v) {
  const phase = v.pre ? 1 + PRE_RANK[v.pre.kind] : v.dev !== void 0 && v.post === void 0 ? 0 : 4;
  return [
    phase,
    v.pre?.n ?? 0,
    v.post === void 0 ? -1 : v.post,
    v.dev === void 0 ? Number.MAX_SAFE_INTEGER : v.dev
  ];
}
function compareVersions(a, b) {
  const r = compareRelease(a.release, b.release);
  if (r !== 0) return r;
  const ka = suffixKey(a);
  const kb = suffixKey(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}
function isPrerelease(v) {
  return v.pre !== void 0 || v.dev !== void 0;
}
function compareVersionText(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) throw new TypeError(`Not a PEP 440 version: ${va ? b : a}`);
  return compareVersions(va, vb);
}
var PRE_ALIASES, VERSION_RE, PRE_RANK;
var init_version = __esm({
  "src/core/versions/version.ts"() {
    "use strict";
    PRE_ALIASES = {
      a: "a",
      alpha: "a",
      b: "b",
      beta: "b",
      c: "rc",
      rc: "rc",
      pre: "rc",
      preview: "rc"
    };
    VERSION_RE = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?$/i;
    PRE_RANK = { a: 0, b: 1, rc: 2 };
  }
});

// src/core/versions/specifiers.ts
function parseSpecifiers(text3) {
  const parts = text3.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return void 0;
  const out = [];
  for (const part of parts) {
    const m = SPEC_RE.exec(part);
    if (!m) return void 0;
    const op = m[1];
    let operand = m[2];
    const star = operand.endsWith(".*");
    if (star) {
      if (op !== "==" && op !== "!=") return void 0;
      operand = operand.slice(0, -2);
    }
    const version = parseVersion(operand);
    if (!version) return void 0;
    if (op === "~=" && version.release.length < 2) return void 0;
    out.push({ op, version, star, text: `${op}${m[2]}` });
  }
  return out;
}
function prefixMatch(candidate, prefix) {
  const want = prefix.release;
  const have = candidate.release;
  for (let i = 0; i < want.length; i++) if ((have[i] ?? 0) !== want[i]) return false;
  return true;
}
function specifierContains(s, v) {
  const c = compareVersions(v, s.version);
  switch (s.op) {
    case "==":
      return s.star ? prefixMatch(v, s.version) : c === 0;
    case "!=":
      return s.star ? !prefixMatch(v, s.version) : c !== 0;
    case "===":
      return c === 0;
    case "<=":
      return c <= 0;
    case ">=":
      return c >= 0;
    case "<":
      if (c >= 0) return false;
      if (!s.version.pre && v.pre && compareRelease(v.release, s.version.release) === 0) return false;
      return true;
    case ">":
      if (c <= 0) return false;
      if (s.version.post === void 0 && v.post !== void 0 && compareRelease(v.release, s.version.release) === 0)
        return false;
      return true;
    case "~=": {
      if (c < 0) return false;
      const prefix = { release: s.version.release.slice(0, -1) };
      return prefixMatch(v, prefix);
    }
  }
}
function specifiersContain(specs, v) {
  return specs.every((s) => specifierContains(s, v));
}
function specifiersMentionPrerelease(specs) {
  return specs.some((s) => s.version.pre !== void 0 || s.version.dev !== void 0);
}
var SPEC_RE;
var init_specifiers = __esm({
  "src/core/versions/specifiers.ts"() {
    "use strict";
    init_version();
    SPEC_RE = /^(===|==|!=|<=|>=|~=|<|>)\s*([^\s,]+)$/;
  }
});

// src/core/versions/spec.ts
var spec_exports = {};
__export(spec_exports, {
  ACCEPTED_FORMS: () => ACCEPTED_FORMS,
  buildVariantOf: () => buildVariantOf,
  parsePythonRequest: () => parsePythonRequest,
  parseVersionRequest: () => parseVersionRequest,
  requestAllowsPrereleases: () => requestAllowsPrereleases,
  requestedMinor: () => requestedMinor
});
function invalid(text3, why) {
  const reason = why ? `: ${why}` : "";
  return new InvalidPythonVersionError(`Invalid Python version request "${text3}"${reason}.`, {
    requested: text3,
    hint: `Accepted forms: ${ACCEPTED_FORMS.join(", ")}.`
  });
}
function buildVariantOf(v) {
  if (v === "default" || v === "gil") return void 0;
  if (v === "gil+debug") return "debug";
  return v;
}
function splitVariant(s) {
  let last = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] >= "0" && s[i] <= "9") {
      last = i;
      break;
    }
  }
  if (last < 0 || last === s.length - 1) return [s, "default"];
  let suffix = s.slice(last + 1);
  if (suffix.startsWith("+")) suffix = suffix.slice(1);
  const variant = VARIANTS[suffix];
  return variant ? [s.slice(0, last + 1), variant] : [s, "default"];
}
function parseVersionRequest(text3) {
  if (/^[a-z]*$/i.test(text3)) return void 0;
  const [body, variant] = splitVariant(text3);
  const x = /^(\d+)(?:\.(\d+))?\.x$/i.exec(body);
  if (x) {
    const major2 = Number(x[1]);
    const version = x[2] === void 0 ? { kind: "major", major: major2 } : { kind: "minor", major: major2, minor: Number(x[2]) };
    return { version, variant };
  }
  const v = /^[0-9]/.test(body) ? parseVersion(body) : void 0;
  if (!v) {
    const specifiers = parseSpecifiers(body);
    if (!specifiers) return void 0;
    if (specifiers.length === 1 && specifiers[0].op === "==" && !specifiers[0].star) {
      const concrete = parseVersionRequest(formatVersion(specifiers[0].version));
      if (concrete) return { version: concrete.version, variant };
    }
    return { version: { kind: "range", specifiers }, variant };
  }
  if (v.post !== void 0 || v.dev !== void 0) return void 0;
  let release = v.release;
  if (release.length === 1 && release[0] >= 10) {
    const digits = String(release[0]);
    release = [Number(digits[0]), Number(digits.slice(1))];
  }
  if (release.some((n) => n > 255)) return void 0;
  const pre = v.pre;
  const [major, minor2, patch] = release;
  switch (release.length) {
    case 1:
      return pre ? void 0 : { version: { kind: "major", major }, variant };
    case 2:
      return {
        version: pre ? { kind: "minor-pre", major, minor: minor2, pre } : { kind: "minor", major, minor: minor2 },
        variant
      };
    case 3:
      if (pre) return { version: { kind: "patch-pre", major, minor: minor2, patch, pre }, variant };
      return { version: { kind: "patch", major, minor: minor2, patch }, variant };
    default:
      return void 0;
  }
}
function parseArch(token) {
  const m = /^([a-z0-9_]+?)(?:_(v[234]))?$/.exec(token);
  if (!m) return void 0;
  const arch2 = ARCH_ALIASES[m[1]];
  if (!arch2 || m[2] && arch2 !== "x86_64") return void 0;
  return { arch: arch2, archVariant: m[2] };
}
function parseKey(text3) {
  const tokens = text3.split("-");
  if (tokens.length < 2) return void 0;
  let i = 0;
  let sawImplementation = false;
  let implementation = "cpython";
  if (["cpython", "pypy", "graalpy", "any"].includes(tokens[i])) {
    if (tokens[i] !== "any") implementation = tokens[i];
    sawImplementation = true;
    i++;
  }
  let version = { kind: "any" };
  let variant = "default";
  if (i < tokens.length) {
    const parsed = tokens[i] === "any" ? void 0 : parseVersionRequest(tokens[i]);
    if (parsed && parsed.version.kind !== "range") {
      ({ version, variant } = parsed);
      i++;
    } else if (tokens[i] === "any") {
      i++;
    }
  }
  const platform2 = {};
  if (i < tokens.length && tokens[i] !== "any") {
    const os15 = OS_ALIASES[tokens[i]];
    if (os15) {
      platform2.os = os15;
      i++;
    }
  } else if (tokens[i] === "any") i++;
  if (i < tokens.length && tokens[i] !== "any") {
    const arch2 = parseArch(tokens[i]);
    if (arch2) {
      platform2.arch = arch2.arch;
      if (arch2.archVariant) platform2.archVariant = arch2.archVariant;
      i++;
    }
  } else if (tokens[i] === "any") i++;
  if (i < tokens.length && tokens[i] !== "any") {
    if (LIBCS.has(tokens[i])) {
      platform2.libc = tokens[i];
      i++;
    }
  } else if (tokens[i] === "any") i++;
  if (i !== tokens.length) return void 0;
  if (!sawImplementation && Object.keys(platform2).length === 0) return void 0;
  return {
    form: "key",
    implementation,
    version,
    variant,
    platform: Object.keys(platform2).length ? platform2 : void 0
  };
}
function parseImplementationVersion(text3) {
  for (const prefix of ["cpython", "python", "cp"]) {
    if (!text3.startsWith(prefix)) continue;
    let rest = text3.slice(prefix.length);
    if (rest.length === 0) continue;
    const at = rest.startsWith("@");
    if (at) rest = rest.slice(1);
    if (at && (rest === "latest" || rest === "any")) {
      return {
        form: "implementation",
        implementation: "cpython",
        version: { kind: "any" },
        variant: "default"
      };
    }
    const parsed = parseVersionRequest(rest);
    if (parsed) return { form: "implementation", implementation: "cpython", ...parsed };
    if (at) throw invalid(text3);
  }
  return void 0;
}
function checkVariant(req2) {
  if (req2.implementation !== "cpython" && req2.variant !== "default" && req2.variant !== "gil") {
    throw invalid(req2.text, `${req2.implementation} has no ${req2.variant} builds`);
  }
  const v = req2.version;
  if ((req2.variant === "freethreaded" || req2.variant === "freethreaded+debug") && "minor" in v) {
    if (v.major < 3 || v.major === 3 && v.minor < 13) {
      throw invalid(req2.text, `Python <3.13 does not support free-threading but ${req2.text} was requested`);
    }
  }
  return req2;
}
function parsePythonRequest(input) {
  const text3 = input.trim();
  const lower = text3.toLowerCase();
  if (lower.length === 0) throw invalid(input, "empty");
  if (["any", "default", "latest", "cpython", "python", "cp", "stable"].includes(lower)) {
    return { text: text3, form: "default", implementation: "cpython", version: { kind: "any" }, variant: "default" };
  }
  if (lower.startsWith("@")) throw invalid(text3);
  const dev = /^(\d+\.\d+)-dev$/.exec(lower);
  if (dev) {
    const parsed = parseVersionRequest(dev[1]);
    if (parsed) return { text: text3, form: "version", implementation: "cpython", ...parsed, prereleases: true };
  }
  const other = parseImplementationRequest(lower, parseVersionRequest);
  if (other === "invalid") throw invalid(text3);
  if (other) return checkVariant({ text: text3, form: "implementation", ...other });
  const version = parseVersionRequest(lower);
  if (version) return checkVariant({ text: text3, form: "version", implementation: "cpython", ...version });
  const impl = parseImplementationVersion(lower);
  if (impl) return checkVariant({ text: text3, ...impl });
  const key = parseKey(lower);
  if (key) return checkVariant({ text: text3, ...key });
  throw invalid(text3);
}
function requestAllowsPrereleases(req2) {
  if (req2.prereleases) return true;
  const v = req2.version;
  if (v.kind === "minor-pre" || v.kind === "patch-pre") return true;
  if (v.kind === "range") return specifiersMentionPrerelease(v.specifiers);
  return false;
}
function requestedMinor(req2) {
  const v = req2.version;
  if ("minor" in v) return [v.major, v.minor];
  if (v.kind === "range") {
    const s = v.specifiers.find((x) => x.op !== "!=" && x.version.release.length >= 2);
    if (s) return [s.version.release[0], s.version.release[1]];
  }
  return void 0;
}
var ACCEPTED_FORMS, VARIANTS, OS_ALIASES, ARCH_ALIASES, LIBCS;
var init_spec = __esm({
  "src/core/versions/spec.ts"() {
    "use strict";
    init_errors();
    init_implementation();
    init_specifiers();
    init_version();
    ACCEPTED_FORMS = [
      "3",
      "3.12",
      "312",
      "3.12.5",
      "3.13.0rc1",
      "3.13t (free-threaded)",
      "3.13d (debug)",
      "3.14+gil",
      "3.13+freethreaded",
      ">=3.11,<3.13",
      "~=3.12.0",
      "==3.12.*",
      "!=3.12.4",
      "cpython@3.12",
      "cp312",
      "cpython",
      "latest",
      "3.x",
      "cpython-3.12.5-linux-x86_64-gnu",
      "3.13-dev (newest 3.13, prereleases included)",
      "pypy",
      "pypy3.10",
      "pypy@3.10",
      "pypy-3.10-v7.3.19",
      "pypy-3.10.16-linux-x86_64-gnu",
      "graalpy",
      "graalpy@3.11",
      "graalpy-24.1 (GraalPy release)"
    ];
    VARIANTS = {
      t: "freethreaded",
      freethreaded: "freethreaded",
      d: "debug",
      debug: "debug",
      td: "freethreaded+debug",
      "freethreaded+debug": "freethreaded+debug",
      gil: "gil",
      "gil+debug": "gil+debug"
    };
    OS_ALIASES = {
      linux: "linux",
      darwin: "darwin",
      macos: "darwin",
      windows: "windows"
    };
    ARCH_ALIASES = {
      x86_64: "x86_64",
      amd64: "x86_64",
      x64: "x86_64",
      aarch64: "aarch64",
      arm64: "aarch64",
      armv7: "armv7",
      armv7l: "armv7",
      i686: "i686",
      x86: "i686",
      ppc64le: "powerpc64le",
      powerpc64le: "powerpc64le",
      s390x: "s390x",
      riscv64: "riscv64",
      riscv64gc: "riscv64"
    };
    LIBCS = /* @__PURE__ */ new Set(["gnu", "musl", "gnueabi", "gnueabihf", "musleabihf", "none"]);
  }
});

// src/core/platform.ts
var platform_exports2 = {};
__export(platform_exports2, {
  detectLibc: () => detectLibc,
  elfInterpreter: () => elfInterpreter,
  hostPlatform: () => hostPlatform,
  normaliseArch: () => normaliseArch,
  parsePlatform: () => parsePlatform,
  platformKey: () => platformKey
});
function platformKey(p) {
  return `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
}
function parsePlatform(text3) {
  const m = /^(linux|darwin|macos|windows)-([a-z0-9_]+?)(?:_(v[234]))?(?:-([a-z]+))?$/.exec(
    text3.trim().toLowerCase()
  );
  if (!m) {
    throw new PlatformNotSupportedError(`Cannot parse platform "${text3}".`, {
      requested: text3,
      hint: "Use <os>-<arch>-<libc>, e.g. linux-x86_64-gnu, linux-aarch64-musl, darwin-aarch64, windows-x86_64."
    });
  }
  const os15 = m[1] === "macos" ? "darwin" : m[1];
  const arch2 = normaliseArch(m[2]);
  const libc = m[4] ?? (os15 === "linux" ? "gnu" : "none");
  return { os: os15, arch: arch2, archVariant: m[3], libc };
}
function normaliseArch(arch2) {
  switch (arch2) {
    case "x64":
    case "amd64":
      return "x86_64";
    case "arm64":
      return "aarch64";
    case "ia32":
    case "x86":
      return "i686";
    case "arm":
      return "armv7";
    case "ppc64":
      return "ppc64le";
    default:
      return arch2;
  }
}
function elfInterpreter(file) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, "r");
    const head = Buffer.alloc(64);
    if ((0, import_node_fs2.readSync)(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 2135247942) return void 0;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b, o) => le ? b.readUInt16LE(o) : b.readUInt16BE(o);
    const u32 = (b, o) => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
    const word = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    const phoff = word(head, is64 ? 32 : 28);
    const phentsize = u16(head, is64 ? 54 : 42);
    const phnum = u16(head, is64 ? 56 : 44);
    const table = Buffer.alloc(phentsize * phnum);
    (0, import_node_fs2.readSync)(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) {
      const ph = i * phentsize;
      if (u32(table, ph) !== PT_INTERP) continue;
      const offset = word(table, ph + (is64 ? 8 : 4));
      const size = Math.min(word(table, ph + (is64 ? 32 : 16)), 4096);
      const text3 = Buffer.alloc(size);
      (0, import_node_fs2.readSync)(fd, text3, 0, size, offset);
      return text3.toString("latin1").replace(/\0.*$/s, "");
    }
    return void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs2.closeSync)(fd);
  }
}
function lddVersionText() {
  const r = childProcessModule().spawnSync("ldd", ["--version"], { encoding: "utf8", timeout: 5e3 });
  return r.error ? void 0 : `${r.stdout ?? ""}${r.stderr ?? ""}`;
}
function libcOfInterpreter(interp) {
  if (!interp) return void 0;
  const base = import_node_path.default.posix.basename(interp);
  if (base.startsWith("ld-musl-")) return "musl";
  if (base.startsWith("ld-linux") || base.startsWith("ld64.so") || base.startsWith("ld.so")) return "gnu";
  return void 0;
}
function detectLibc(probe) {
  if (!probe && libcCache) return libcCache;
  const root = probe?.root ?? "/";
  const shell = import_node_path.default.join(root, probe?.shell ?? "/bin/sh");
  let libc = libcOfInterpreter(elfInterpreter(shell));
  if (!libc) {
    const text3 = (probe?.ldd ?? lddVersionText)() ?? "";
    libc = /musl/i.test(text3) ? "musl" : "gnu";
  }
  if (!probe) libcCache = libc;
  return libc;
}
function hostPlatform() {
  const os15 = process.platform === "win32" ? "windows" : process.platform;
  if (os15 !== "linux" && os15 !== "darwin" && os15 !== "windows") {
    throw new PlatformNotSupportedError(`python-build-standalone has no builds for ${process.platform}.`, {
      requested: process.platform,
      available: ["linux", "darwin", "windows"]
    });
  }
  const arch2 = normaliseArch(process.arch);
  let libc = os15 === "linux" ? detectLibc() : "none";
  if (os15 === "linux" && arch2 === "armv7") libc = libc === "musl" ? "musleabihf" : "gnueabihf";
  return { os: os15, arch: arch2, libc };
}
var import_node_fs2, import_node_path, libcCache, PT_INTERP;
var init_platform2 = __esm({
  "src/core/platform.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    init_errors();
    init_builtins();
    PT_INTERP = 3;
  }
});

// src/core/versions/match.ts
var match_exports = {};
__export(match_exports, {
  versionMatches: () => versionMatches
});
function versionMatches(req2, v) {
  const [major = 0, minor2 = 0, patch = 0] = v.release;
  switch (req2.kind) {
    case "any":
      return true;
    case "major":
      return major === req2.major;
    case "minor":
      return major === req2.major && minor2 === req2.minor;
    case "patch":
      return major === req2.major && minor2 === req2.minor && patch === req2.patch && !v.pre;
    case "minor-pre":
      return major === req2.major && minor2 === req2.minor && patch === 0 && v.pre?.kind === req2.pre.kind && v.pre.n === req2.pre.n;
    case "patch-pre":
      return major === req2.major && minor2 === req2.minor && patch === req2.patch && v.pre?.kind === req2.pre.kind && v.pre.n === req2.pre.n;
    case "range":
      return specifiersContain(req2.specifiers, v);
  }
}
var init_match = __esm({
  "src/core/versions/match.ts"() {
    "use strict";
    init_specifiers();
  }
});

// src/core/catalog/resolve.ts
function canonicalArch(arch2) {
  return arch2 === "ppc64le" || arch2 === "ppc64" ? "powerpc64le" : arch2;
}
function compareRowsDesc(a, b) {
  return -compareVersions(a.v, b.v) || (a.b.build < b.b.build ? 1 : a.b.build > b.b.build ? -1 : 0);
}
function targetPlatform(req2, given) {
  const base = given ?? hostPlatform();
  const p = req2?.platform ?? {};
  const os15 = p.os ?? base.os;
  const arch2 = canonicalArch(p.arch ?? base.arch);
  let libc = p.libc ?? (os15 === base.os ? base.libc : os15 === "linux" ? "gnu" : "none");
  if (os15 === "linux" && arch2 === "armv7" && (libc === "gnu" || libc === "musl")) libc = `${libc}eabihf`;
  const archVariant = p.arch ? p.archVariant : base.archVariant;
  return { os: os15, arch: arch2, archVariant, libc };
}
function wantedVariant(req2, freethreaded) {
  const v = buildVariantOf(req2.variant);
  if (!freethreaded || req2.variant === "gil" || req2.variant === "gil+debug") return v;
  return v === "debug" ? "freethreaded+debug" : v === void 0 ? "freethreaded" : v;
}
function withFlavor(b, flavor) {
  const from = `-${b.flavor}.`;
  const to = `-${flavor}.`;
  return {
    ...b,
    flavor,
    assetName: b.assetName.replace(from, to),
    url: b.url.replace(from, to),
    // A derived asset's checksum is not in the catalogue: the installer reads SHA256SUMS.
    sha256: void 0
  };
}
function chooseFlavor(group, wanted) {
  const flavor = wanted ?? "install_only_stripped";
  const pick = (f) => group.filter((b) => b.flavor === f).sort((a, b) => a.format === b.format ? 0 : a.format === "tar.gz" ? -1 : 1)[0];
  const exact = pick(flavor);
  if (exact) return exact;
  const stripped = pick("install_only_stripped");
  const installOnly = pick("install_only");
  if (flavor === "install_only" && stripped) return withFlavor(stripped, "install_only");
  if (flavor === "install_only_stripped" && installOnly) {
    return !installOnly.implementation && installOnly.build >= STRIPPED_SINCE ? withFlavor(installOnly, "install_only_stripped") : installOnly;
  }
  if (flavor === "full") return void 0;
  for (const f of FLAVOR_ORDER) {
    const b = pick(f);
    if (b) return b;
  }
  return void 0;
}
function indexRows(builds) {
  const map = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Map();
  for (const b of builds) {
    let v = parsed.get(b.version);
    if (!parsed.has(b.version)) parsed.set(b.version, v = parseVersion(b.version));
    if (!v) continue;
    const k = familyKey(b.platform);
    let list3 = map.get(k);
    if (!list3) map.set(k, list3 = []);
    list3.push({ b, v });
  }
  for (const list3 of map.values()) list3.sort(compareRowsDesc);
  return map;
}
function nearestVersions(rows, request) {
  const unique2 = /* @__PURE__ */ new Map();
  for (const r of rows) if (!unique2.has(r.b.version)) unique2.set(r.b.version, r.v);
  const target = requestedMinor(request);
  const entries = [...unique2.entries()];
  const distance = (v) => target ? Math.abs((v.release[0] - target[0]) * 100 + (v.release[1] ?? 0) - target[1]) : 0;
  entries.sort((a, b) => distance(a[1]) - distance(b[1]) || -compareVersions(a[1], b[1]));
  return entries.slice(0, 10).map(([t]) => t);
}
function nearestBuilds(builds, wanted) {
  const n = Number(wanted) || 0;
  return [...builds].sort((a, b) => Math.abs(Number(a) - n) - Math.abs(Number(b) - n) || (a < b ? 1 : -1)).slice(0, 10);
}
var STRIPPED_SINCE, familyKey, ARCH_LEVEL, implementationOf, sameImplementation, FLAVOR_ORDER, BuildIndex;
var init_resolve = __esm({
  "src/core/catalog/resolve.ts"() {
    "use strict";
    init_errors();
    init_platform2();
    init_implementation();
    init_match();
    init_spec();
    init_version();
    STRIPPED_SINCE = "20240726";
    familyKey = (p) => `${p.os}-${canonicalArch(p.arch)}-${p.libc}`;
    ARCH_LEVEL = (v) => v ? Number(v.slice(1)) : 1;
    implementationOf = (b) => b.implementation ?? "cpython";
    sameImplementation = (req2, b) => implementationOf(b) === req2.implementation && releaseMatches(b.build, req2.release);
    FLAVOR_ORDER = ["install_only_stripped", "install_only", "full"];
    BuildIndex = class _BuildIndex {
      /**
       * `family`, when given, yields one family's builds on its own: a resolve for one platform then decodes
       * and indexes only the rows of the versions it asks for; `source` (everything) is read only when all of
       * it is needed.
       */
      constructor(source, family) {
        this.source = source;
        this.family = family;
      }
      source;
      family;
      byFamily;
      someFamilies = /* @__PURE__ */ new Map();
      askedOnce = /* @__PURE__ */ new Set();
      static of(builds) {
        return new _BuildIndex(() => builds);
      }
      families() {
        this.byFamily ??= indexRows(this.source());
        return this.byFamily;
      }
      /** A family's rows up to a level, sorted (not filtered by level when the full index exists). */
      familyRows(key, maxLevel) {
        if (this.byFamily || !this.family) return this.families().get(key) ?? [];
        const id = `${key}#${maxLevel}`;
        let rows = this.someFamilies.get(id);
        if (!rows) {
          rows = indexRows(this.family(key, maxLevel)).get(key) ?? [];
          this.someFamilies.set(id, rows);
        }
        return rows;
      }
      get size() {
        let n = 0;
        for (const l of this.families().values()) n += l.length;
        return n;
      }
      /** Every build of the index (in family order). */
      all() {
        return [...this.families().values()].flatMap((l) => l.map((r) => r.b));
      }
      platforms() {
        return [...this.families().keys()].sort();
      }
      hasBuild(tag) {
        for (const l of this.families().values()) if (l.some((r) => r.b.build === tag)) return true;
        return false;
      }
      /**
       * Rows for a platform, any microarchitecture level up to the requested one, best level first per version.
       * With `version`, the first request for a family asks its source for only the rows of the versions that
       * pass it (a one-shot process resolves once); a later one reads the whole family, indexed once and kept.
       */
      rowsFor(platform2, version) {
        const max = ARCH_LEVEL(platform2.archVariant);
        const key = familyKey(platform2);
        const id = `${key}#${max}`;
        let rows;
        if (version && this.family && !this.byFamily && !this.askedOnce.has(id)) {
          this.askedOnce.add(id);
          rows = indexRows(this.family(key, max, version)).get(key) ?? [];
        } else {
          rows = this.familyRows(key, max);
        }
        return rows.filter((r) => ARCH_LEVEL(r.b.platform.archVariant) <= max);
      }
      /** Resolves a spec (text or parsed) to one build, or undefined when nothing matches. */
      find(spec, o = {}) {
        const request = typeof spec === "string" ? parsePythonRequest(spec) : spec;
        const platform2 = targetPlatform(request, o.platform);
        const variant = wantedVariant(request, o.freethreaded);
        const matches = (v) => versionMatches(request.version, v);
        const rows = this.rowsFor(platform2, matches).filter(
          (r) => r.b.variant === variant && sameImplementation(request, r.b) && (!o.build || r.b.build === o.build) && matches(r.v)
        );
        let pool = rows;
        if (!requestAllowsPrereleases(request)) {
          const stable = rows.filter((r) => !r.v.pre);
          if (stable.length > 0 || o.allowPrereleases === false) pool = stable;
        }
        if (pool.length === 0) return void 0;
        const max = ARCH_LEVEL(platform2.archVariant);
        let best = pool[0];
        for (const r of pool) {
          if (compareVersions(r.v, best.v) !== 0) break;
          const lr = ARCH_LEVEL(r.b.platform.archVariant);
          const lb = ARCH_LEVEL(best.b.platform.archVariant);
          if (lr > lb && lr <= max || lr === lb && r.b.build > best.b.build) best = r;
        }
        const group = pool.filter(
          (r) => r.b.version === best.b.version && r.b.build === best.b.build && r.b.platform.archVariant === best.b.platform.archVariant
        ).map((r) => r.b);
        const chosen = chooseFlavor(group, o.flavor);
        return chosen ? { build: chosen, request, platform: platform2 } : void 0;
      }
      /** Like find, but throws the error a user should see (nearest versions, available platforms). */
      resolve(spec, o = {}) {
        const request = typeof spec === "string" ? parsePythonRequest(spec) : spec;
        const found = this.find(request, o);
        if (found) return found.build;
        throw this.noMatchError(request, o);
      }
      noMatchError(request, o = {}) {
        const platform2 = targetPlatform(request, o.platform);
        const pkey = `${platform2.os}-${platform2.arch}${platform2.archVariant ? `_${platform2.archVariant}` : ""}-${platform2.libc}`;
        const family = this.rowsFor(platform2);
        if (family.length === 0) {
          return new PlatformNotSupportedError(`No python-build-standalone builds for ${pkey}.`, {
            requested: pkey,
            available: this.platforms(),
            hint: "Pick one of the available platforms (--platform <os>-<arch>-<libc>)."
          });
        }
        const variant = wantedVariant(request, o.freethreaded);
        const what = `${request.text}${variant && !request.text.includes(variant) ? ` (${variant})` : ""}`;
        if (o.build && !family.some((r) => r.b.build === o.build)) {
          const builds = [...new Set(family.map((r) => r.b.build))].sort().reverse();
          return new InvalidPythonVersionError(`No build of release ${o.build} for ${pkey} in the catalogue.`, {
            requested: `${request.text} @ ${o.build}`,
            available: nearestBuilds(builds, o.build),
            hint: "Use one of the listed release tags, or a catalogue source that reads GitHub releases (--source github)."
          });
        }
        const ofImpl = family.filter((r) => implementationOf(r.b) === request.implementation);
        if (ofImpl.length === 0) return this.noImplementationError(request, pkey);
        const scope = ofImpl.filter(
          (r) => r.b.variant === variant && (!o.build || r.b.build === o.build) && sameImplementation(request, r.b)
        );
        const onlyPre = this.onlyPrereleasesError(request, scope, o, `"${what}" for ${pkey}`);
        if (onlyPre) return onlyPre;
        const versions = nearestVersions(
          scope.length ? scope : ofImpl.filter((r) => r.b.variant === void 0),
          request
        );
        const flavorNote = o.flavor === "full" && family.some((r) => r.b.variant === variant && versionMatches(request.version, r.v)) ? " (no full archive in this catalogue)" : "";
        return new InvalidPythonVersionError(
          `No Python build matches "${what}" for ${pkey}${o.build ? ` in release ${o.build}` : ""}${flavorNote}.`,
          {
            requested: request.text,
            available: versions,
            platform: pkey,
            hint: scope.length === 0 ? `There are no ${variant ?? "default"} builds for ${pkey}; default builds exist: ${versions.slice(0, 5).join(", ")}.` : `Nearest available: ${versions.slice(0, 5).join(", ")}.`
          }
        );
      }
      /** Only prereleases match and they are not allowed: say so, and how to allow them. */
      onlyPrereleasesError(request, scope, o, what) {
        if (o.allowPrereleases !== false || requestAllowsPrereleases(request)) return void 0;
        const pre = [
          ...new Set(scope.filter((r) => versionMatches(request.version, r.v)).map((r) => r.b.version))
        ];
        if (pre.length === 0) return void 0;
        return new InvalidPythonVersionError(
          `Only prereleases match ${what} (${pre.slice(0, 3).join(", ")}), and prereleases are not allowed.`,
          {
            requested: request.text,
            available: pre.slice(0, 5),
            hint: `Allow them (allow-prereleases: true), or ask for one by name (${pre[0]}${request.version.kind === "minor" ? `, or ${request.text}-dev` : ""}).`
          }
        );
      }
      /** No PyPy/GraalPy build at all for a platform (musl, armv7...): name the platforms that have one. */
      noImplementationError(request, pkey) {
        const where = /* @__PURE__ */ new Set();
        for (const b of this.all())
          if (implementationOf(b) === request.implementation) where.add(familyKey(b.platform));
        return new PlatformNotSupportedError(
          `No ${request.implementation} builds for ${pkey} in the catalogue.`,
          {
            requested: `${request.text} on ${pkey}`,
            available: [...where].sort(),
            hint: `${request.implementation} is published for the listed platforms only.`
          }
        );
      }
      /** Versions available for a platform, newest first (one entry per version unless `all`). */
      list(o = {}) {
        const platform2 = targetPlatform(void 0, o.platform);
        const impl = o.implementation ?? "cpython";
        const rows = this.rowsFor(platform2).filter(
          (r) => implementationOf(r.b) === impl && (!o.build || r.b.build === o.build)
        );
        const variantWanted = o.freethreaded ? "freethreaded" : void 0;
        const out = [];
        const seen = /* @__PURE__ */ new Set();
        for (const r of rows) {
          if (!o.all && r.b.variant !== variantWanted) continue;
          if (!o.all && r.b.platform.archVariant !== platform2.archVariant) continue;
          const id = o.all ? `${r.b.key}@${r.b.build}` : r.b.version;
          if (seen.has(id)) continue;
          seen.add(id);
          const group = rows.filter(
            (x) => x.b.key === r.b.key && x.b.build === r.b.build && x.b.platform.archVariant === r.b.platform.archVariant
          ).map((x) => x.b);
          const chosen = chooseFlavor(group, o.flavor);
          if (chosen) out.push(chosen);
        }
        return out;
      }
    };
  }
});

// src/core/catalog/snapshot-format.ts
function buildKey(b) {
  const p = b.platform;
  const arch2 = p.arch + (p.archVariant ? `_${p.archVariant}` : "");
  return `cpython-${b.version}${b.variant ? `+${b.variant}` : ""}-${p.os}-${arch2}-${p.libc}`;
}
function assetUrl(urlBase, build, assetName) {
  return `${urlBase}/${build}/${assetName.replace(/\+/g, "%2B")}`;
}
function pythonBuildOf(a, url, sha2562, source) {
  const build = {
    key: "",
    version: a.version,
    major: a.major,
    minor: a.minor,
    patch: a.patch,
    prerelease: a.prerelease,
    variant: a.variant,
    platform: a.platform,
    build: a.build,
    flavor: a.flavor,
    format: a.format,
    assetName: a.assetName,
    url,
    sha256: sha2562
  };
  if (source) build.source = source;
  build.key = buildKey(build);
  return build;
}
function formatOfUrl(url) {
  const m = /\.(tar\.gz|tar\.bz2|tar\.zst|zip)$/.exec(url);
  return m ? m[1] : void 0;
}
function otherBuildOf(e) {
  const m = OTHER_KEY.exec(e.key);
  const format = formatOfUrl(e.url);
  if (!m || !format) return void 0;
  const archMatch = /^([a-z0-9_]+?)(?:_(v[234]))?$/.exec(m[8]);
  if (!archMatch) return void 0;
  const platform2 = { os: m[7], arch: archMatch[1], libc: m[9] };
  if (archMatch[2]) platform2.archVariant = archMatch[2];
  return {
    key: e.key,
    implementation: m[1],
    version: m[2],
    major: Number(m[3]),
    minor: Number(m[4]),
    patch: Number(m[5]),
    prerelease: m[6] || void 0,
    platform: platform2,
    build: e.build,
    flavor: "install_only",
    format,
    assetName: decodeURIComponent(e.url.slice(e.url.lastIndexOf("/") + 1)),
    url: e.url,
    sha256: e.sha256 ?? void 0
  };
}
var b64ToHex, OTHER_KEY, SnapshotReader;
var init_snapshot_format = __esm({
  "src/core/catalog/snapshot-format.ts"() {
    "use strict";
    init_asset_name();
    b64ToHex = (b64) => Buffer.from(b64, "base64").toString("hex");
    OTHER_KEY = /^(pypy|graalpy)-((\d+)\.(\d+)\.(\d+)((?:a|b|rc)\d+)?)-(linux|darwin|windows)-([a-z0-9_]+)-([a-z]+)$/;
    SnapshotReader = class {
      constructor(file) {
        this.file = file;
      }
      file;
      shapes = /* @__PURE__ */ new Map();
      versions = /* @__PURE__ */ new Map();
      others;
      /** The parsed shape of a template (platform, variant, flavour, format), shared by all its rows. */
      shape(t) {
        if (!this.shapes.has(t)) {
          const s = this.file.strings[t];
          this.shapes.set(t, parseAssetName(s.replace("{v}", "0.0.0").replace("{b}", "00000000"), "00000000"));
        }
        return this.shapes.get(t);
      }
      /**
       * Indexes of the rows whose template's shape passes `test` (and whose version text passes `version`), in
       * file order; no row is decoded, each distinct template and version is tested once.
       */
      rowsWhere(test, version) {
        const passes = /* @__PURE__ */ new Map();
        const versionPasses = /* @__PURE__ */ new Map();
        const { rows, strings } = this.file;
        const out = [];
        for (let i = 0; i < rows.length; i++) {
          const [t, v] = rows[i];
          if (version) {
            let vok = versionPasses.get(v);
            if (vok === void 0) versionPasses.set(v, vok = version(strings[v]));
            if (!vok) continue;
          }
          let ok = passes.get(t);
          if (ok === void 0) {
            const shape = this.shape(t);
            passes.set(t, ok = shape !== void 0 && test(shape));
          }
          if (ok) out.push(i);
        }
        return out;
      }
      /**
       * The PyPy/GraalPy rows (few; decoded whole, once), or only those whose version text (from the uv key)
       * passes `version` (decoded each time: a resolve asks for one version's).
       */
      decodeOthers(version) {
        const s = this.file.strings;
        const decode2 = (rows) => rows.flatMap(([k, u, b, h]) => {
          const build = otherBuildOf({
            key: s[k],
            url: s[u],
            build: s[b],
            sha256: h >= 0 ? b64ToHex(s[h]) : null
          });
          return build ? [build] : [];
        });
        if (version) {
          return decode2((this.file.others ?? []).filter(([k]) => version(OTHER_KEY.exec(s[k])?.[2] ?? "")));
        }
        this.others ??= decode2(this.file.others ?? []);
        return this.others.map((b) => ({ ...b }));
      }
      /** Decodes the given rows (default: all), in the order given; rows the parser rejects are left out. */
      decode(indexes) {
        const { strings: s, rows, urlBase } = this.file;
        const out = [];
        const all = indexes ?? rows.keys();
        for (const i of all) {
          const [t, v, b, h] = rows[i];
          const shape = this.shape(t);
          if (!shape) continue;
          let parts = this.versions.get(v);
          if (!this.versions.has(v)) {
            const m = /^(\d+)\.(\d+)\.(\d+)(.*)$/.exec(s[v]);
            parts = m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] || void 0] : void 0;
            this.versions.set(v, parts);
          }
          if (!parts) continue;
          const version = s[v];
          const tag = s[b];
          const assetName = s[t].replace("{v}", version).replace("{b}", tag);
          const build = {
            key: "",
            version,
            major: parts[0],
            minor: parts[1],
            patch: parts[2],
            prerelease: parts[3],
            variant: shape.variant,
            platform: shape.platform,
            build: tag,
            flavor: shape.flavor,
            format: shape.format,
            assetName,
            url: assetUrl(urlBase, tag, assetName),
            sha256: h >= 0 ? b64ToHex(s[h]) : void 0
          };
          build.key = buildKey(build);
          out.push(build);
        }
        return out;
      }
    };
  }
});

// src/core/host.ts
var host_exports = {};
__export(host_exports, {
  emulateHost: () => emulateHost,
  host: () => host,
  isWindowsHost: () => isWindowsHost
});
function host() {
  return current;
}
function isWindowsHost() {
  return current.os === "win32";
}
function emulateHost(os15) {
  const previous = current;
  current = { os: os15, path: os15 === "win32" ? import_node_path2.default.win32 : import_node_path2.default.posix };
  return () => {
    current = previous;
  };
}
var import_node_path2, native, current;
var init_host = __esm({
  "src/core/host.ts"() {
    "use strict";
    import_node_path2 = __toESM(require("node:path"), 1);
    native = { os: process.platform, path: import_node_path2.default };
    current = native;
  }
});

// src/core/install/lock-workers.ts
function procStat(pid) {
  try {
    const stat2 = (0, import_node_fs3.readFileSync)(`/proc/${pid}/stat`, "utf8");
    return stat2.slice(stat2.lastIndexOf(")") + 2).split(" ");
  } catch {
    return void 0;
  }
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  if (process.platform === "linux") {
    const state = procStat(pid)?.[0];
    return state !== void 0 && state !== "Z" && state !== "X";
  }
  return true;
}
function describeWorker(pid, group) {
  const start = process.platform === "linux" ? procStat(pid)?.[19] : void 0;
  return { pid, ...start ? { start } : {}, ...group ? { group } : {} };
}
function stillThatProcess(w) {
  if (!pidAlive(w.pid)) return false;
  if (process.platform !== "linux" || !w.start) return true;
  return procStat(w.pid)?.[19] === w.start;
}
async function stopWorkers(workers, waitMs = 3e4) {
  const live2 = (workers ?? []).filter(stillThatProcess);
  for (const w of live2) {
    if (process.platform !== "linux" || !w.start) continue;
    try {
      process.kill(w.group ? -w.pid : w.pid, "SIGKILL");
    } catch {
    }
  }
  const deadline = Date.now() + waitMs;
  while (live2.some(stillThatProcess) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
  }
}
var import_node_fs3;
var init_lock_workers = __esm({
  "src/core/install/lock-workers.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
  }
});

// src/core/fs.ts
var fs_exports = {};
__export(fs_exports, {
  copyTree: () => copyTree,
  copyTreeSync: () => copyTreeSync,
  exists: () => exists2,
  findOnPath: () => findOnPath,
  findOnPathSync: () => findOnPathSync,
  fsErrorText: () => fsErrorText,
  isDir: () => isDir,
  isDirSync: () => isDirSync,
  isFile: () => isFile,
  isFileSync: () => isFileSync,
  isWritableDir: () => isWritableDir,
  makeDirs: () => makeDirs,
  nearestExisting: () => nearestExisting,
  privateTemp: () => privateTemp,
  privateTempPid: () => privateTempPid,
  processPath: () => processPath,
  renameWithRetry: () => renameWithRetry,
  sha256File: () => sha256File,
  sweepDeadTemps: () => sweepDeadTemps,
  whyNotWritable: () => whyNotWritable,
  writeFileAtomic: () => writeFileAtomic,
  writeFileAtomicSync: () => writeFileAtomicSync
});
async function exists2(p) {
  return await fs3.stat(p).catch(() => void 0) !== void 0;
}
async function isFile(p) {
  return (await fs3.stat(p).catch(() => void 0))?.isFile() ?? false;
}
async function isDir(p) {
  return (await fs3.stat(p).catch(() => void 0))?.isDirectory() ?? false;
}
function isFileSync(p) {
  return statOrUndefined(p)?.isFile() ?? false;
}
function isDirSync(p) {
  return statOrUndefined(p)?.isDirectory() ?? false;
}
async function whyNotWritable(dir2) {
  const probe = import_node_path3.default.join(dir2, `.pyembed-write-probe-${process.pid}-${Date.now()}`);
  try {
    await fs3.access(dir2, import_node_fs4.constants.W_OK | import_node_fs4.constants.X_OK);
    await fs3.writeFile(probe, "");
    await fs3.rm(probe, { force: true });
    return void 0;
  } catch (e) {
    return e.code ?? e.message;
  }
}
async function isWritableDir(dir2) {
  return await whyNotWritable(dir2) === void 0;
}
async function nearestExisting(dir2) {
  let current2 = import_node_path3.default.resolve(dir2);
  while (!await exists2(current2) && import_node_path3.default.dirname(current2) !== current2) current2 = import_node_path3.default.dirname(current2);
  return current2;
}
function fsErrorText(e) {
  if (!(e instanceof Error)) return String(e);
  const code = e.code;
  return code && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
}
async function makeDirs(dir2) {
  try {
    await fs3.mkdir(dir2, { recursive: true });
  } catch (e) {
    const up = await nearestExisting(import_node_path3.default.dirname(import_node_path3.default.resolve(dir2)));
    await fs3.access(up, import_node_fs4.constants.W_OK);
    throw e;
  }
}
async function renameWithRetry(from, to) {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs3.rename(from, to);
      return;
    } catch (e) {
      const code = e.code ?? "";
      const transient = isWindowsHost() && ["EPERM", "EBUSY", "EACCES"].includes(code);
      if (!transient || attempt >= RENAME_BACKOFF_MS.length) throw e;
      await (0, import_promises2.setTimeout)(RENAME_BACKOFF_MS[attempt]);
    }
  }
}
function copyTree(from, to) {
  return fs3.cp(from, to, VERBATIM_COPY);
}
function copyTreeSync(from, to) {
  (0, import_node_fs4.cpSync)(from, to, VERBATIM_COPY);
}
function privateTempPid(file, name) {
  const base = import_node_path3.default.basename(file);
  if (!name.startsWith(`${base}.`)) return void 0;
  const m = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(base.length + 1));
  return m ? Number(m[1]) : void 0;
}
function sweepDeadTemps(file) {
  const dir2 = import_node_path3.default.dirname(file);
  let names;
  try {
    names = (0, import_node_fs4.readdirSync)(dir2);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = privateTempPid(file, name);
    if (pid && pid !== process.pid && !pidAlive(pid))
      (0, import_node_fs4.rmSync)(import_node_path3.default.join(dir2, name), { recursive: true, force: true });
  }
}
async function writeFileAtomic(file, text3, o = {}) {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  await fs3.writeFile(tmp, text3);
  await fs3.rename(tmp, file);
}
function writeFileAtomicSync(file, text3, o = {}) {
  if (!o.keepTemps) sweepDeadTemps(file);
  const tmp = privateTemp(file);
  (0, import_node_fs4.writeFileSync)(tmp, text3);
  (0, import_node_fs4.renameSync)(tmp, file);
}
async function sha256File(file) {
  const h = sha256();
  await (0, import_promises.pipeline)((0, import_node_fs4.createReadStream)(file, { highWaterMark: 1024 * 1024 }), h);
  return h.digest("hex");
}
function processPath(env = process.env) {
  return env.PATH ?? env.Path ?? "";
}
async function findOnPath(name, envPath = processPath()) {
  return findOnPathSync(name, envPath);
}
function findOnPathSync(name, envPath = processPath()) {
  for (const dir2 of envPath.split(import_node_path3.default.delimiter)) {
    if (!dir2) continue;
    for (const candidate of candidates(dir2, name)) if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
function candidates(dir2, name) {
  if (process.platform !== "win32") return [import_node_path3.default.join(dir2, name)];
  const exts = ["", ...(process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").filter(Boolean)];
  return exts.map(
    (ext) => import_node_path3.default.join(dir2, ext && name.toLowerCase().endsWith(ext.toLowerCase()) ? name : name + ext)
  );
}
function isExecutableFile(p) {
  if (!statOrUndefined(p)?.isFile()) return false;
  if (process.platform === "win32") return true;
  try {
    (0, import_node_fs4.accessSync)(p, import_node_fs4.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function statOrUndefined(p) {
  try {
    return (0, import_node_fs4.statSync)(p);
  } catch {
    return void 0;
  }
}
var import_node_fs4, import_node_path3, import_promises, import_promises2, RENAME_BACKOFF_MS, VERBATIM_COPY, privateTemp;
var init_fs = __esm({
  "src/core/fs.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    init_async_fs();
    import_node_path3 = __toESM(require("node:path"), 1);
    import_promises = require("node:stream/promises");
    import_promises2 = require("node:timers/promises");
    init_builtins();
    init_host();
    init_lock_workers();
    RENAME_BACKOFF_MS = [50, 100, 200, 400, 800, 1500];
    VERBATIM_COPY = { recursive: true, verbatimSymlinks: true, preserveTimestamps: true };
    privateTemp = (file) => `${file}.${process.pid}.${randomTag()}.tmp`;
  }
});

// src/core/catalog/sources/etag-store.ts
var import_node_path4, EtagStore;
var init_etag_store = __esm({
  "src/core/catalog/sources/etag-store.ts"() {
    "use strict";
    init_async_fs();
    import_node_path4 = __toESM(require("node:path"), 1);
    init_builtins();
    init_fs();
    EtagStore = class {
      constructor(dir2) {
        this.dir = dir2;
      }
      dir;
      memory = /* @__PURE__ */ new Map();
      file(url) {
        if (!this.dir) return void 0;
        return import_node_path4.default.join(this.dir, "http", `${sha256().update(url).digest("hex")}.json`);
      }
      async get(url) {
        const hit = this.memory.get(url);
        if (hit) return hit;
        const file = this.file(url);
        if (!file) return void 0;
        try {
          const stored = JSON.parse(await fs3.readFile(file, "utf8"));
          if (stored.url !== url || typeof stored.etag !== "string") return void 0;
          this.memory.set(url, stored);
          return stored;
        } catch {
          return void 0;
        }
      }
      async put(url, etag, body) {
        const stored = { url, etag, body };
        this.memory.set(url, stored);
        const file = this.file(url);
        if (!file) return;
        await fs3.mkdir(import_node_path4.default.dirname(file), { recursive: true });
        await writeFileAtomic(file, JSON.stringify(stored));
      }
    };
  }
});

// cjs-lazy-lib:@octokit/rest
var require_rest = __commonJS({
  "cjs-lazy-lib:@octokit/rest"(exports2, module2) {
    module2.exports = require("./lib-octokit-rest.cjs");
  }
});

// src/core/catalog/sources/github.ts
function header(e, name) {
  const v = e.response?.headers?.[name];
  return v === void 0 ? void 0 : String(v);
}
function rateLimitError(e, url) {
  const status = e.status;
  const remaining = header(e, "x-ratelimit-remaining");
  const isLimit = status === 429 || status === 403 && (remaining === "0" || /rate limit/i.test(e.message ?? "") || header(e, "retry-after"));
  if (!isLimit) return void 0;
  const reset = header(e, "x-ratelimit-reset");
  const retryAfter2 = header(e, "retry-after");
  const resetAt = reset ? new Date(Number(reset) * 1e3) : retryAfter2 ? new Date(Date.now() + Number(retryAfter2) * 1e3) : void 0;
  const when = resetAt && !Number.isNaN(resetAt.getTime()) ? resetAt.toISOString() : void 0;
  return new RateLimitError(
    `GitHub API rate limit exceeded (HTTP ${status}) for ${url}${when ? `; it resets at ${when}` : ""}. Set GITHUB_TOKEN to raise the limit.`,
    {
      requested: url,
      resetAt: when,
      hint: "Pass a token (GITHUB_TOKEN, the github-token input or --github-token), wait for the reset, or resolve from the bundled snapshot, which makes no API calls."
    }
  );
}
function buildsFromRelease(release) {
  const best = /* @__PURE__ */ new Map();
  for (const asset of release.assets) {
    const a = parseAssetName(asset.name, release.tag_name);
    if (!a) continue;
    const digest = asset.digest?.startsWith("sha256:") ? asset.digest.slice(7).toLowerCase() : void 0;
    const build = pythonBuildOf(a, asset.browser_download_url, digest, "github");
    const id = `${build.key}|${build.flavor}|${build.format}`;
    const rank = optionsRank(a.options);
    const prev = best.get(id);
    if (!prev || rank < prev.rank) best.set(id, { rank, build });
  }
  return [...best.values()].map((x) => x.build);
}
function isRelease(x) {
  const r = x;
  return typeof r === "object" && r !== null && typeof r.tag_name === "string" && Array.isArray(r.assets);
}
function parseSha256Sums(text3) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text3.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64})\s+\*?(.+?)\s*$/i.exec(line.trim());
    if (m) out.set(decodeURIComponent(m[2]), m[1].toLowerCase());
  }
  return out;
}
var DEFAULT_PBS_REPO, DEFAULT_API_URL, GitHubReleases;
var init_github = __esm({
  "src/core/catalog/sources/github.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_asset_name();
    init_snapshot_format();
    init_etag_store();
    DEFAULT_PBS_REPO = "astral-sh/python-build-standalone";
    DEFAULT_API_URL = "https://api.github.com";
    GitHubReleases = class {
      owner;
      repo;
      apiUrl;
      /** API requests made by this instance (304s included). */
      apiCalls = 0;
      octokitP;
      token;
      etags;
      log;
      fetchOption;
      pageSize;
      releases = /* @__PURE__ */ new Map();
      sums = /* @__PURE__ */ new Map();
      constructor(o = {}) {
        const full = o.repo ?? o.pbsRepo ?? DEFAULT_PBS_REPO;
        const [owner, repo2] = full.split("/");
        if (!owner || !repo2) throw new TypeError(`the repository must be "owner/repo", got "${full}"`);
        this.owner = owner;
        this.repo = repo2;
        this.apiUrl = (o.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
        this.log = o.logger ?? silentLogger;
        this.fetchOption = o.fetch;
        this.pageSize = o.pageSize ?? 30;
        this.etags = new EtagStore(o.cacheDir);
        this.token = o.token || void 0;
      }
      /** Read on use: reading `globalThis.fetch` loads Node's undici (~30 ms), which a source never asked needs not. */
      get fetchImpl() {
        return this.fetchOption ?? globalThis.fetch;
      }
      /** @octokit/rest loads on the first API request: the snapshot path (the default) never needs it. */
      octokit() {
        this.octokitP ??= Promise.resolve().then(() => __toESM(require_rest(), 1)).then(
          ({ Octokit }) => new Octokit({
            baseUrl: this.apiUrl,
            auth: this.token,
            userAgent: "python-embedded",
            request: { fetch: this.fetchImpl },
            log: { debug: () => {
            }, info: () => {
            }, warn: () => {
            }, error: () => {
            } }
          })
        );
        return this.octokitP;
      }
      urlOf(route, params) {
        const query = Object.entries(params).filter(([k]) => !route.includes(`{${k}}`)).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const pathPart = route.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(String(params[k])));
        return `${this.apiUrl}${pathPart}${query ? `?${query}` : ""}`;
      }
      /** A conditional GET; returns the body and the `link` header, or undefined on 404. */
      async get(route, params, valid) {
        const url = this.urlOf(route, params);
        const stored = await this.etags.get(url);
        const octokit = await this.octokit();
        this.apiCalls++;
        try {
          const res = await octokit.request(`GET ${route}`, {
            ...params,
            headers: stored ? { "if-none-match": stored.etag } : {}
          });
          if (!valid(res.data)) {
            throw new DownloadError(
              `GitHub API request failed: GET ${url} -> HTTP ${res.status} did not return a GitHub releases document (a proxy or captive portal?).`,
              {
                requested: url,
                status: res.status,
                hint: "Check the network, the proxy and the GitHub API URL (GITHUB_API_URL / --github-api-url)."
              }
            );
          }
          const etag = res.headers.etag;
          if (etag) await this.etags.put(url, etag, { body: res.data, link: res.headers.link });
          this.log.debug(`GET ${url} -> ${res.status}`);
          return { body: res.data, link: res.headers.link };
        } catch (err) {
          if (err instanceof DownloadError) throw err;
          const e = err;
          if (e.status === 304 && stored) {
            this.log.debug(`GET ${url} -> 304 (reusing stored response)`);
            return stored.body;
          }
          if (e.status === 404) return void 0;
          const limited = rateLimitError(e, url);
          if (limited) throw limited;
          throw new DownloadError(
            `GitHub API request failed: GET ${url}${e.status ? ` -> HTTP ${e.status}` : ""}: ${e.message ?? String(err)}`,
            {
              requested: url,
              status: e.status,
              hint: "Check the GitHub API URL (GITHUB_API_URL / --github-api-url), the PBS repo and the token."
            },
            { cause: err }
          );
        }
      }
      remember(r) {
        this.releases.set(r.tag_name, r);
        return buildsFromRelease(r);
      }
      /** Rows of one release, or undefined when the tag does not exist. 1 API call. */
      async releaseByTag(tag) {
        const cached = this.releases.get(tag);
        if (cached) return buildsFromRelease(cached);
        const res = await this.get(
          "/repos/{owner}/{repo}/releases/tags/{tag}",
          {
            owner: this.owner,
            repo: this.repo,
            tag
          },
          isRelease
        );
        return res ? this.remember(res.body) : void 0;
      }
      /**
       * Rows of release `tag` as GitHub answered an earlier online run (the stored body of `releases/tags/{tag}`),
       * without a request: offline, a pinned release the bundled catalogue predates. Undefined when never fetched.
       */
      async storedReleaseByTag(tag) {
        const url = this.urlOf("/repos/{owner}/{repo}/releases/tags/{tag}", {
          owner: this.owner,
          repo: this.repo,
          tag
        });
        const body = (await this.etags.get(url))?.body?.body;
        return isRelease(body) ? this.remember(body) : void 0;
      }
      /** Rows of the latest release. 1 API call. */
      async latest() {
        const res = await this.get(
          "/repos/{owner}/{repo}/releases/latest",
          {
            owner: this.owner,
            repo: this.repo
          },
          isRelease
        );
        return res ? { tag: res.body.tag_name, builds: this.remember(res.body) } : void 0;
      }
      /** Every release, newest first, one page (one API call) at a time. */
      async *pages() {
        for await (const releases of this.releasePages()) yield releases.flatMap((r) => this.remember(r));
      }
      /** Every published release's tag, prerelease flag and asset names, newest first, a page at a time. */
      async *summaries() {
        for await (const releases of this.releasePages()) {
          yield releases.map((r) => ({
            tag: r.tag_name,
            prerelease: r.prerelease === true,
            assets: r.assets.map((a) => a.name)
          }));
        }
      }
      /** The tag of the latest release (GitHub's `releases/latest`: no draft, no prerelease). 1 API call. */
      async latestTag() {
        const res = await this.get(
          "/repos/{owner}/{repo}/releases/latest",
          { owner: this.owner, repo: this.repo },
          isRelease
        );
        return res?.body.tag_name;
      }
      async *releasePages() {
        for (let page = 1; ; page++) {
          const res = await this.get(
            "/repos/{owner}/{repo}/releases",
            {
              owner: this.owner,
              repo: this.repo,
              per_page: this.pageSize,
              page
            },
            (b) => Array.isArray(b) && b.every(isRelease)
          );
          if (!res) return;
          yield res.body.filter((r) => !r.draft);
          if (!res.link || !/rel="next"/.test(res.link) || res.body.length === 0) return;
        }
      }
      async fetchText(url) {
        try {
          const res = await this.fetchImpl(url, { redirect: "follow" });
          if (!res.ok) return void 0;
          return await res.text();
        } catch (e) {
          this.log.debug(`could not fetch ${url}: ${e.message}`);
          return void 0;
        }
      }
      /**
       * Fills in a missing sha256 from the release's SHA256SUMS or a `.sha256` companion
       * (downloads, not API calls). Returns the build unchanged when neither lists it.
       */
      async withChecksum(build) {
        if (build.sha256) return build;
        const release = this.releases.get(build.build);
        if (!release) return build;
        const sumsAsset = release.assets.find((a) => a.name === "SHA256SUMS");
        if (sumsAsset) {
          let p = this.sums.get(build.build);
          if (!p) {
            p = this.fetchText(sumsAsset.browser_download_url).then((t) => t ? parseSha256Sums(t) : void 0);
            this.sums.set(build.build, p);
          }
          const sha = (await p)?.get(build.assetName);
          if (sha) return { ...build, sha256: sha };
        }
        const companion = release.assets.find((a) => decodeURIComponent(a.name) === `${build.assetName}.sha256`);
        if (companion) {
          const text3 = await this.fetchText(companion.browser_download_url);
          const m = text3 && /^([0-9a-f]{64})/i.exec(text3.trim());
          if (m) return { ...build, sha256: m[1].toLowerCase() };
        }
        return build;
      }
    };
  }
});

// src/core/catalog/sources/downloads-json.ts
function refused(location, why, cause) {
  return new ConfigurationError(
    `The Python downloads file ${location} ${why}.`,
    { requested: location, key: "pythonDownloadsJsonUrl", hint: HINT },
    { cause }
  );
}
function buildOfRow(key, row) {
  if (typeof row.url !== "string" || !/^(https?|file):/i.test(row.url))
    return "its url is not an http(s) or file URL";
  const sha2562 = typeof row.sha256 === "string" ? row.sha256.toLowerCase() : void 0;
  const release = typeof row.build === "string" ? row.build : void 0;
  let build;
  if (row.name === "pypy" || row.name === "graalpy") {
    build = release ? otherBuildOf({ key, url: row.url, build: release, sha256: sha2562 }) : void 0;
    if (build && !key.startsWith(`${row.name}-`)) return `its key does not start with ${row.name}-`;
  } else if (row.name === "cpython") {
    const asset = decodeURIComponent(row.url.slice(row.url.lastIndexOf("/") + 1));
    const parsed = parseAssetName(asset, release);
    build = parsed && pythonBuildOf(parsed, row.url, sha2562);
  } else {
    return `its name is ${JSON.stringify(row.name)} (cpython, pypy or graalpy)`;
  }
  if (!build) return "its key, url or build has a shape uv does not write";
  build.source = "downloads";
  return build;
}
function buildsFromDownloadsJson(text3, location, logger) {
  let data;
  try {
    data = JSON.parse(text3);
  } catch (e) {
    throw refused(location, `is not JSON (${e.message})`, e);
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw refused(location, "is not a JSON object of rows keyed by uv key");
  const builds = [];
  for (const [key, row] of Object.entries(data)) {
    const built = row && typeof row === "object" ? buildOfRow(key, row) : "it is not an object";
    if (typeof built === "string") (logger ?? silentLogger).warn(`${location}: row ${key} skipped: ${built}`);
    else builds.push(built);
  }
  if (builds.length === 0) throw refused(location, "has no row that can be installed");
  return builds;
}
async function loadDownloadsJson(location, o = {}) {
  let text3;
  if (/^https?:/i.test(location)) {
    if (o.offline) throw refused(location, "cannot be fetched offline; point the setting at a local copy");
    const res = await (o.fetch ?? globalThis.fetch)(location).catch((e) => {
      throw refused(location, `cannot be fetched (${e.message})`, e);
    });
    if (!res.ok) throw refused(location, `cannot be fetched (HTTP ${res.status})`);
    text3 = await res.text();
  } else {
    const file = location.startsWith("file:") ? (0, import_node_url.fileURLToPath)(location) : import_node_path5.default.resolve(location);
    text3 = await fs3.readFile(file, "utf8").catch((e) => {
      throw refused(location, `cannot be read (${e.code ?? e.message})`, e);
    });
  }
  return buildsFromDownloadsJson(text3, location, o.logger);
}
var import_node_path5, import_node_url, HINT;
var init_downloads_json = __esm({
  "src/core/catalog/sources/downloads-json.ts"() {
    "use strict";
    init_async_fs();
    import_node_path5 = __toESM(require("node:path"), 1);
    import_node_url = require("node:url");
    init_errors();
    init_log();
    init_asset_name();
    init_snapshot_format();
    HINT = `Point it at a JSON object of uv's download-metadata.json shape: {"pypy-3.9.16-linux-x86_64-gnu": {"name": "pypy", "url": "...", "sha256": "...", "build": "7.3.11", ...}}.`;
  }
});

// src/core/catalog/sources/ndjson.ts
function buildsFromNdjson(text3) {
  const out = [];
  for (const raw of text3.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    for (const art of entry.artifacts ?? []) {
      if (typeof art.url !== "string") continue;
      const name = art.url.slice(art.url.lastIndexOf("/") + 1);
      const tag = /\/download\/([^/]+)\/[^/]+$/.exec(art.url)?.[1] ?? (/^\d{8}$/.test(entry.version ?? "") ? entry.version : void 0);
      const a = parseAssetName(name, tag);
      if (!a) continue;
      const build = pythonBuildOf(a, art.url, art.sha256 ? art.sha256.toLowerCase() : void 0, "ndjson");
      out.push(build);
    }
  }
  return out;
}
async function fetchNdjson(url, o = {}) {
  const log = o.logger ?? silentLogger;
  const store = new EtagStore(o.cacheDir);
  const stored = await store.get(url);
  const res = await (o.fetch ?? globalThis.fetch)(url, {
    headers: stored ? { "if-none-match": stored.etag } : {}
  }).catch((e) => {
    throw new DownloadError(
      `Cannot fetch the release index ${url}: ${e.message}`,
      { requested: url },
      { cause: e }
    );
  });
  if (res.status === 304 && stored) {
    log.debug(`GET ${url} -> 304 (reusing stored index)`);
    return buildsFromNdjson(stored.body);
  }
  if (!res.ok) {
    throw new DownloadError(`Cannot fetch the release index ${url}: HTTP ${res.status}`, {
      requested: url,
      status: res.status
    });
  }
  const text3 = await res.text();
  const etag = res.headers.get("etag");
  if (etag) await store.put(url, etag, text3);
  return buildsFromNdjson(text3);
}
var DEFAULT_NDJSON_URL;
var init_ndjson = __esm({
  "src/core/catalog/sources/ndjson.ts"() {
    "use strict";
    init_log();
    init_errors();
    init_asset_name();
    init_snapshot_format();
    init_etag_store();
    DEFAULT_NDJSON_URL = "https://raw.githubusercontent.com/astral-sh/versions/main/v1/python-build-standalone.ndjson";
  }
});

// src/core/catalog/snapshot-bundle.ts
function familyReader(bundle2, key) {
  const text3 = bundle2.families[key];
  if (text3 === void 0) return void 0;
  const table = JSON.parse(text3);
  return new SnapshotReader({
    schema: 1,
    origin: bundle2.origin,
    urlBase: bundle2.urlBase,
    count: 0,
    ...table
  });
}
function decodeBundle(bundle2) {
  return Object.keys(bundle2.families).flatMap((key) => {
    const r = familyReader(bundle2, key);
    return [...r.decode(), ...r.decodeOthers()];
  });
}
var init_snapshot_bundle = __esm({
  "src/core/catalog/snapshot-bundle.ts"() {
    "use strict";
    init_asset_name();
    init_resolve();
    init_snapshot_format();
  }
});

// src/core/catalog/snapshot-file.ts
function snapshotFile() {
  const url = req("node:url");
  return url.fileURLToPath(new URL("./snapshot.json", __pyembedImportMetaUrl));
}
function bundledSnapshot() {
  if (bundle) return bundle;
  const fs5 = req("node:fs");
  const file = snapshotFile();
  let text3;
  try {
    text3 = fs5.readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigurationError(
      `The bundled release catalogue is missing: ${file} (${e.code ?? e.message}).`,
      {
        requested: file,
        hint: "Keep snapshot.json beside the bundle that imports python-embedded (it ships in the package as dist/snapshot.json; a bundler of your own must copy it), or resolve without it: a downloads file (PYEMBED_PYTHON_DOWNLOADS_JSON_URL) or the GitHub source (PYEMBED_CATALOG_SOURCE=github)."
      }
    );
  }
  bundle = JSON.parse(text3);
  return bundle;
}
var import_node_module3, req, bundle;
var init_snapshot_file = __esm({
  "src/core/catalog/snapshot-file.ts"() {
    "use strict";
    import_node_module3 = require("node:module");
    init_errors();
    req = (0, import_node_module3.createRequire)(__pyembedImportMetaUrl);
  }
});

// src/core/catalog/sources/snapshot.ts
function versionTest(test) {
  return (text3) => {
    const v = parseVersion(text3);
    return v !== void 0 && test(v);
  };
}
function snapshotIndex() {
  index ??= createSnapshotIndex();
  return index;
}
function createSnapshotIndex() {
  return new BuildIndex(() => fromSnapshot(decodeBundle(bundledSnapshot())), familyBuilds);
}
function snapshotOrigin() {
  const bundle2 = bundledSnapshot();
  return { ...bundle2.origin, count: bundle2.count };
}
var index, readers, fromSnapshot, familyBuilds;
var init_snapshot = __esm({
  "src/core/catalog/sources/snapshot.ts"() {
    "use strict";
    init_version();
    init_resolve();
    init_snapshot_bundle();
    init_snapshot_file();
    readers = /* @__PURE__ */ new Map();
    fromSnapshot = (builds) => {
      for (const b of builds) b.source = "snapshot";
      return builds;
    };
    familyBuilds = (key, maxLevel, version) => {
      if (!readers.has(key)) readers.set(key, familyReader(bundledSnapshot(), key));
      const reader = readers.get(key);
      if (!reader) return [];
      const upTo = (p) => ARCH_LEVEL(p.archVariant) <= maxLevel;
      const versionText = version && versionTest(version);
      const rows = reader.decode(reader.rowsWhere((shape) => upTo(shape.platform), versionText));
      const others = reader.decodeOthers(versionText).filter((b) => upTo(b.platform));
      return fromSnapshot([...rows, ...others]);
    };
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey2(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey2(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey2(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey2(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/core/versions/poetry.ts
function caret(v) {
  const m = NUMS.exec(v);
  if (!m) return void 0;
  const major = Number(m[1]);
  if (major > 0 || m[2] === void 0) return `>=${v},<${major + 1}.0`;
  const minor2 = Number(m[2]);
  if (minor2 > 0 || m[3] === void 0) return `>=${v},<0.${minor2 + 1}`;
  return `>=${v},<0.0.${Number(m[3]) + 1}`;
}
function tilde(v) {
  const m = NUMS.exec(v);
  if (!m) return void 0;
  if (m[2] === void 0) return `>=${v},<${Number(m[1]) + 1}`;
  return `>=${v},<${m[1]}.${Number(m[2]) + 1}`;
}
function clause(c) {
  if (c.startsWith("^")) return caret(c.slice(1).trim());
  if (c.startsWith("~") && !c.startsWith("~=")) return tilde(c.slice(1).trim());
  if (/^(===|==|!=|<=|>=|~=|<|>)/.test(c)) return c.replace(/\s+/g, "");
  if (c.endsWith(".*")) return `==${c}`;
  const m = NUMS.exec(c);
  if (!m) return void 0;
  return m[3] === void 0 ? `==${c}.*` : `==${c}`;
}
function poetryToPep440(constraint) {
  const alternatives = constraint.split("||").map((a) => a.trim());
  const last = alternatives[alternatives.length - 1];
  if (!last || last === "*") return void 0;
  const clauses = last.replace(/(===|==|!=|<=|>=|~=|<|>|\^|~)\s+/g, "$1").split(/[\s,]+/).filter(Boolean);
  const out = [];
  for (const c of clauses) {
    const pep = clause(c);
    if (!pep) return void 0;
    out.push(pep);
  }
  return out.join(",");
}
var NUMS;
var init_poetry = __esm({
  "src/core/versions/poetry.ts"() {
    "use strict";
    NUMS = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;
  }
});

// src/core/catalog/spec-files.ts
function meaningfulLines(text3) {
  return text3.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l.length > 0);
}
function specsFromLines(text3) {
  const specs = meaningfulLines(text3).map(pyenvVersion);
  return { specs, defaultSpec: specs[specs.length - 1] };
}
async function readText(file) {
  try {
    return await fs3.readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return void 0;
    throw e;
  }
}
function fromPyproject(doc) {
  const rp = text(tableAt(doc, "project")?.["requires-python"]);
  if (rp) return [rp];
  const poetry = tableAt(doc, "tool", "poetry", "dependencies")?.python;
  const constraint = text(poetry) ?? text(tableAt({ poetry }, "poetry")?.version);
  const spec = constraint && poetryToPep440(constraint);
  return spec ? [spec] : [];
}
function fromPipfile(doc) {
  const requires = tableAt(doc, "requires");
  const spec = text(requires?.python_full_version) ?? text(requires?.python_version);
  return spec ? [spec] : [];
}
function specsFromText(fileName, body) {
  const base = import_node_path6.default.basename(fileName);
  if (base === ".tool-versions") {
    for (const line of meaningfulLines(body)) {
      const [tool, ...versions] = line.split(/\s+/);
      if (tool === "python") return versions.filter((v) => v !== "system").map(pyenvVersion);
    }
    return [];
  }
  if (base.endsWith(".toml")) return fromPyproject(parse(body));
  if (base === "Pipfile") return fromPipfile(parse(body));
  return meaningfulLines(body).map(pyenvVersion).filter((l) => l !== "system");
}
async function readSpecFile(file) {
  const abs = import_node_path6.default.resolve(file);
  const body = await readText(abs);
  if (body === void 0) return void 0;
  const specs = specsFromText(abs, body);
  return specs.length ? { spec: specs[0], source: abs, specs } : void 0;
}
async function findSpecFromFiles(dir2) {
  const current2 = import_node_path6.default.resolve(dir2);
  for (const name of SPEC_FILES) {
    const found = await readSpecFile(import_node_path6.default.join(current2, name)).catch(() => void 0);
    if (found) return found;
  }
  return void 0;
}
var import_node_path6, SPEC_FILES, pyenvVersion, tableAt, text;
var init_spec_files = __esm({
  "src/core/catalog/spec-files.ts"() {
    "use strict";
    init_async_fs();
    import_node_path6 = __toESM(require("node:path"), 1);
    init_dist();
    init_poetry();
    SPEC_FILES = [
      ".python-version",
      ".python-versions",
      ".tool-versions",
      "pyproject.toml",
      "Pipfile"
    ];
    pyenvVersion = (line) => line.replace(/^([^/\s]+)\/envs\/.+$/, "$1");
    tableAt = (doc, ...keys) => {
      let t = doc;
      for (const k of keys) t = t && typeof t === "object" ? t[k] : void 0;
      return t && typeof t === "object" ? t : void 0;
    };
    text = (v) => typeof v === "string" && v.trim() ? v.trim() : void 0;
  }
});

// src/core/catalog/layout.ts
var layout_exports = {};
__export(layout_exports, {
  archivePythonRoot: () => archivePythonRoot,
  installableFormat: () => installableFormat
});
function archivePythonRoot(build) {
  return build.flavor === "full" ? "python/install" : "python";
}
function installableFormat(build) {
  if (build.format === "tar.bz2") {
    throw new PythonInstallationError(
      `${build.key} resolves, but its archive is .tar.bz2, which the installer cannot unpack.`,
      {
        requested: build.key,
        available: [build.url],
        hint: "Use a catalogue row published as .tar.gz, .tar.zst or .zip (every row of the bundled catalogue is)."
      }
    );
  }
  return build.format;
}
var init_layout = __esm({
  "src/core/catalog/layout.ts"() {
    "use strict";
    init_errors();
  }
});

// src/core/catalog/index.ts
var catalog_exports = {};
__export(catalog_exports, {
  BuildIndex: () => BuildIndex,
  DEFAULT_API_URL: () => DEFAULT_API_URL,
  DEFAULT_NDJSON_URL: () => DEFAULT_NDJSON_URL,
  DEFAULT_PBS_REPO: () => DEFAULT_PBS_REPO,
  GitHubReleases: () => GitHubReleases,
  SPEC_FILES: () => SPEC_FILES,
  STRIPPED_SINCE: () => STRIPPED_SINCE,
  archivePythonRoot: () => archivePythonRoot,
  buildsFromDownloadsJson: () => buildsFromDownloadsJson,
  buildsFromNdjson: () => buildsFromNdjson,
  catalogInfo: () => catalogInfo,
  chooseFlavor: () => chooseFlavor,
  createCatalog: () => createCatalog,
  fetchNdjson: () => fetchNdjson,
  findSpecFromFiles: () => findSpecFromFiles,
  loadDownloadsJson: () => loadDownloadsJson,
  parseAssetName: () => parseAssetName,
  platformFromTriple: () => platformFromTriple,
  rateLimitError: () => rateLimitError,
  readSpecFile: () => readSpecFile,
  snapshotIndex: () => snapshotIndex,
  snapshotOrigin: () => snapshotOrigin,
  specsFromLines: () => specsFromLines,
  specsFromText: () => specsFromText,
  targetPlatform: () => targetPlatform,
  tripleOf: () => tripleOf
});
function newer(a, b) {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersionText(a.version, b.version);
  if (c !== 0) return c > 0 ? a : b;
  return b.build > a.build ? b : a;
}
function createCatalog(o = {}) {
  const source = o.source ?? "auto";
  if (!["snapshot", "ndjson", "github", "auto"].includes(source)) {
    throw new TypeError(`Unknown catalog source "${source}" (snapshot, ndjson, github or auto).`);
  }
  return new SourceCatalog(source, o);
}
function catalogInfo() {
  return snapshotOrigin();
}
var SourceCatalog;
var init_catalog = __esm({
  "src/core/catalog/index.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_spec();
    init_version();
    init_resolve();
    init_github();
    init_downloads_json();
    init_ndjson();
    init_snapshot();
    init_resolve();
    init_spec_files();
    init_asset_name();
    init_snapshot();
    init_layout();
    init_github();
    init_ndjson();
    init_downloads_json();
    SourceCatalog = class {
      constructor(source, o) {
        this.source = source;
        this.o = o;
        this.log = o.logger ?? silentLogger;
      }
      source;
      o;
      log;
      github;
      ndjson;
      downloads;
      get apiCalls() {
        return this.github?.apiCalls ?? 0;
      }
      gh() {
        if (!this.github) {
          this.github = new GitHubReleases({
            apiUrl: this.o.apiUrl ?? DEFAULT_API_URL,
            token: this.o.token,
            pbsRepo: this.o.pbsRepo ?? DEFAULT_PBS_REPO,
            cacheDir: this.o.cacheDir,
            logger: this.o.logger,
            fetch: this.o.fetch,
            pageSize: this.o.pageSize
          });
        }
        return this.github;
      }
      ndjsonIndex() {
        if (!this.ndjson) {
          const url = this.o.ndjsonUrl ?? DEFAULT_NDJSON_URL;
          this.ndjson = fetchNdjson(url, {
            cacheDir: this.o.cacheDir,
            fetch: this.o.fetch,
            logger: this.o.logger
          }).then((builds) => BuildIndex.of(builds));
          this.ndjson.catch(() => this.ndjson = void 0);
        }
        return this.ndjson;
      }
      /** The user's downloads file, read once (undefined when none is configured). */
      downloadsIndex() {
        const location = this.o.downloadsJson;
        if (!location) return Promise.resolve(void 0);
        if (!this.downloads) {
          this.downloads = loadDownloadsJson(location, this.o).then((builds) => BuildIndex.of(builds));
          this.downloads.catch(() => this.downloads = void 0);
        }
        return this.downloads;
      }
      async resolve(spec, o = {}) {
        const request = parsePythonRequest(spec);
        const fromDownloads = (await this.downloadsIndex())?.find(request, o)?.build;
        if (fromDownloads) {
          this.log.debug(`resolved ${request.text} -> ${fromDownloads.key} from ${this.o.downloadsJson}`);
          return fromDownloads;
        }
        switch (this.source) {
          case "snapshot":
            return this.resolveSnapshot(request, o);
          case "ndjson":
            return (await this.ndjsonIndex()).resolve(request, o);
          case "github":
            return this.resolveGitHub(request, o, void 0, true);
          case "auto":
            return this.resolveAuto(request, o);
        }
      }
      async resolveSnapshot(request, o) {
        const snap = snapshotIndex();
        if (!this.o.offline || !o.build || snap.hasBuild(o.build)) return snap.resolve(request, o);
        const stored = await this.fromStoredRelease(request, o);
        if (!stored) throw snap.noMatchError(request, o);
        return stored;
      }
      /** A pinned release as GitHub answered an earlier online run (stored under cacheDir); no request. */
      async fromStoredRelease(request, o) {
        if (!o.build) return void 0;
        const found = BuildIndex.of(await this.gh().storedReleaseByTag(o.build) ?? []).find(request, o)?.build;
        if (found)
          this.log.debug(
            `resolved ${request.text} -> ${found.key} (${found.build}) from a stored GitHub release`
          );
        return found;
      }
      async resolveAuto(request, o) {
        const snap = snapshotIndex();
        const fromSnapshot2 = snap.find(request, o)?.build;
        if (request.implementation !== "cpython") {
          if (fromSnapshot2) return fromSnapshot2;
          throw snap.noMatchError(request, o);
        }
        if (fromSnapshot2 && !o.checkLatest) {
          this.log.debug(
            `resolved ${request.text} -> ${fromSnapshot2.key} (${fromSnapshot2.build}) from the snapshot`
          );
          return fromSnapshot2;
        }
        if (this.o.ndjsonUrl) {
          try {
            const found = (await this.ndjsonIndex()).find(request, o)?.build;
            const best = newer(fromSnapshot2, found);
            if (best) return best;
          } catch (e) {
            this.log.warn(`release index unavailable (${e.message}); trying GitHub releases`);
          }
        }
        if (fromSnapshot2 && o.build) return fromSnapshot2;
        try {
          return await this.resolveGitHub(request, o, fromSnapshot2, false);
        } catch (e) {
          if (e instanceof InvalidPythonVersionError || e instanceof RateLimitError) {
            if (fromSnapshot2 && e instanceof RateLimitError) {
              this.log.warn(`${e.message} Using ${fromSnapshot2.key} from the bundled snapshot.`);
              return fromSnapshot2;
            }
            throw e;
          }
          this.log.warn(`could not read GitHub releases (${e.message})`);
          if (fromSnapshot2) return fromSnapshot2;
          const stored = await this.fromStoredRelease(request, o);
          if (stored) return stored;
          throw snap.noMatchError(request, o);
        }
      }
      /**
       * Fewest calls: a pinned build = releases/tags/{tag}; else releases/latest, then (source `github`
       * only) release pages, newest first, until something matches.
       */
      async resolveGitHub(request, o, known, scanPages) {
        const gh = this.gh();
        if (o.build) {
          const builds = await gh.releaseByTag(o.build);
          const index2 = BuildIndex.of(builds ?? []);
          const found = index2.find(request, o)?.build;
          if (found) return gh.withChecksum(found);
          if (builds) throw index2.noMatchError(request, o);
          throw snapshotIndex().noMatchError(request, o);
        }
        const latest2 = await gh.latest();
        const fromLatest = latest2 ? BuildIndex.of(latest2.builds).find(request, o)?.build : void 0;
        if (fromLatest || known) {
          const best = newer(known, fromLatest);
          return best === known ? best : gh.withChecksum(best);
        }
        const seen = latest2?.builds ?? [];
        if (!scanPages) throw BuildIndex.of([...snapshotIndex().all(), ...seen]).noMatchError(request, o);
        for await (const page of gh.pages()) {
          seen.push(...page);
          const found = BuildIndex.of(seen).find(request, o)?.build;
          if (found) return gh.withChecksum(found);
        }
        if (seen.length === 0) {
          throw new ConfigurationError(
            `No python-build-standalone releases found in ${gh.owner}/${gh.repo} at ${gh.apiUrl}.`,
            {
              requested: `${gh.owner}/${gh.repo}`,
              hint: "Check the PBS repo (PYEMBED_PBS_REPO / --pbs-repo) and the GitHub API URL (GITHUB_API_URL)."
            }
          );
        }
        throw BuildIndex.of([...snapshotIndex().all(), ...seen]).noMatchError(request, o);
      }
      async list(o = {}) {
        const downloads = await this.downloadsIndex();
        const listed = await this.listSource(o);
        return downloads ? BuildIndex.of([...downloads.all(), ...listed]).list(o) : listed;
      }
      async listSource(o) {
        switch (this.source) {
          case "snapshot":
          case "auto":
            if (this.source === "snapshot" || !o.build || snapshotIndex().hasBuild(o.build))
              return snapshotIndex().list(o);
            return BuildIndex.of(await this.gh().releaseByTag(o.build) ?? []).list(o);
          case "ndjson":
            return (await this.ndjsonIndex()).list(o);
          case "github": {
            if (o.build) return BuildIndex.of(await this.gh().releaseByTag(o.build) ?? []).list(o);
            const all = [];
            for await (const page of this.gh().pages()) all.push(...page);
            return BuildIndex.of(all).list(o);
          }
        }
      }
    };
  }
});

// src/core/uv/triple.ts
var triple_exports = {};
__export(triple_exports, {
  DEFAULT_UV_DOWNLOAD_URL: () => DEFAULT_UV_DOWNLOAD_URL,
  DEFAULT_UV_VERSION: () => DEFAULT_UV_VERSION,
  uvAsset: () => uvAsset,
  uvAssetUrl: () => uvAssetUrl,
  uvTriple: () => uvTriple
});
function uvTriple(p) {
  if (p.os === "darwin") {
    if (p.arch === "x86_64" || p.arch === "aarch64") return `${p.arch}-apple-darwin`;
  } else if (p.os === "windows") {
    if (p.arch === "x86_64" || p.arch === "aarch64" || p.arch === "i686") return `${p.arch}-pc-windows-msvc`;
  } else if (p.os === "linux") {
    const musl = p.libc.startsWith("musl");
    switch (p.arch) {
      case "x86_64":
      case "aarch64":
      case "i686":
        return `${p.arch}-unknown-linux-${musl ? "musl" : "gnu"}`;
      case "armv7":
        return `armv7-unknown-linux-${musl ? "musleabihf" : "gnueabihf"}`;
      case "ppc64le":
        if (!musl) return "powerpc64le-unknown-linux-gnu";
        break;
      case "s390x":
        if (!musl) return "s390x-unknown-linux-gnu";
        break;
      case "riscv64":
        return `riscv64gc-unknown-linux-${musl ? "musl" : "gnu"}`;
    }
  }
  throw new PlatformNotSupportedError(`uv publishes no release archive for ${p.os}-${p.arch}-${p.libc}.`, {
    requested: `${p.os}-${p.arch}-${p.libc}`,
    hint: "Install uv yourself and pass its path (uvPath / --uv-path), or use the uv on PATH (system: true)."
  });
}
function uvAsset(p) {
  const triple = uvTriple(p);
  if (p.os === "windows")
    return { triple, name: `uv-${triple}.zip`, format: "zip", innerDir: "", exe: "uv.exe" };
  return { triple, name: `uv-${triple}.tar.gz`, format: "tar.gz", innerDir: `uv-${triple}`, exe: "uv" };
}
function uvAssetUrl(version, asset, base = DEFAULT_UV_DOWNLOAD_URL) {
  return `${base.replace(/\/+$/, "")}/${encodeURIComponent(version)}/${asset.name}`;
}
var DEFAULT_UV_VERSION, DEFAULT_UV_DOWNLOAD_URL;
var init_triple = __esm({
  "src/core/uv/triple.ts"() {
    "use strict";
    init_errors();
    DEFAULT_UV_VERSION = "0.13.9";
    DEFAULT_UV_DOWNLOAD_URL = "https://github.com/astral-sh/uv/releases/download";
  }
});

// src/core/config/options.ts
var options_exports = {};
__export(options_exports, {
  DEFAULT_GITHUB_API_URL: () => DEFAULT_GITHUB_API_URL,
  DEFAULT_PBS_REPO: () => DEFAULT_PBS_REPO2,
  DEFAULT_PYTHON: () => DEFAULT_PYTHON,
  DEFAULT_UV_VERSION: () => DEFAULT_UV_VERSION,
  defaultRoot: () => defaultRoot
});
function defaultRoot(env = process.env) {
  const home = env.HOME || env.USERPROFILE || import_node_os2.default.homedir();
  if (process.platform === "win32") {
    return import_node_path7.default.join(env.LOCALAPPDATA || import_node_path7.default.join(home, "AppData", "Local"), "python-embedded");
  }
  if (process.platform === "darwin")
    return import_node_path7.default.join(home, "Library", "Application Support", "python-embedded");
  return import_node_path7.default.join(env.XDG_DATA_HOME || import_node_path7.default.join(home, ".local", "share"), "python-embedded");
}
var import_node_os2, import_node_path7, DEFAULT_PYTHON, DEFAULT_PBS_REPO2, DEFAULT_GITHUB_API_URL;
var init_options = __esm({
  "src/core/config/options.ts"() {
    "use strict";
    import_node_os2 = __toESM(require("node:os"), 1);
    import_node_path7 = __toESM(require("node:path"), 1);
    init_triple();
    DEFAULT_PYTHON = "3.12";
    DEFAULT_PBS_REPO2 = "astral-sh/python-build-standalone";
    DEFAULT_GITHUB_API_URL = "https://api.github.com";
  }
});

// src/core/exec/env.ts
var env_exports = {};
__export(env_exports, {
  buildChildEnv: () => buildChildEnv
});
function buildChildEnv(env, mode = "merge", defaults = {}) {
  const out = mode === "replace" ? {} : { ...process.env };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === void 0 && !(env && k in env)) out[k] = v;
  for (const [k, v] of Object.entries(env ?? {})) {
    if (v === void 0) delete out[k];
    else out[k] = v;
  }
  return out;
}
var init_env = __esm({
  "src/core/exec/env.ts"() {
    "use strict";
  }
});

// src/core/exec/kill-tree.ts
var kill_tree_exports = {};
__export(kill_tree_exports, {
  descendants: () => descendants,
  killTree: () => killTree,
  nativeProcessControl: () => nativeProcessControl,
  trackChild: () => trackChild,
  untrackChild: () => untrackChild
});
function windowsProcesses() {
  const script = 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId) $($_.ParentProcessId) $(([DateTimeOffset]$_.CreationDate).ToUnixTimeMilliseconds())" }';
  const r = childProcessModule().spawnSync(
    "powershell",
    ["-NoProfile", "-NonInteractive", "-Command", script],
    {
      encoding: "utf8",
      windowsHide: true,
      timeout: 15e3
    }
  );
  return (r.stdout ?? "").split(/\r?\n/).map((line) => line.trim().split(/\s+/).map(Number)).filter(([pid, ppid]) => pid > 0 && Number.isFinite(ppid)).map(([pid, ppid, startedMs]) => ({ pid, ppid, startedMs }));
}
function parentMap() {
  const map = /* @__PURE__ */ new Map();
  if (process.platform === "linux") {
    for (const name of (0, import_node_fs5.readdirSync)("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat2 = (0, import_node_fs5.readFileSync)(`/proc/${name}/stat`, "utf8");
        const ppid = Number(stat2.slice(stat2.lastIndexOf(")") + 2).split(" ")[1]);
        map.set(Number(name), ppid);
      } catch {
      }
    }
    return map;
  }
  try {
    const out = childProcessModule().execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" });
    for (const line of out.split("\n")) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pid > 0) map.set(pid, ppid);
    }
  } catch {
  }
  return map;
}
function descendants(pid, table = nativeProcessControl.list()) {
  const children = /* @__PURE__ */ new Map();
  for (const { pid: p, ppid: pp } of table) {
    const list3 = children.get(pp);
    if (list3) list3.push(p);
    else children.set(pp, [p]);
  }
  const found = [];
  const stack = [pid];
  while (stack.length > 0) {
    for (const c of children.get(stack.pop()) ?? []) {
      found.push(c);
      stack.push(c);
    }
  }
  return found;
}
function trySignal(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
function killTree(pid, o = { group: true }, os15 = nativeProcessControl) {
  const signal = o.signal ?? "SIGKILL";
  if (os15.platform === "win32") return killWindowsTree(pid, Boolean(o.leaderExited), os15);
  if (o.leaderExited) {
    if (o.group) os15.signal(-pid, signal);
    return;
  }
  const tree = descendants(pid, os15.list());
  if (o.group) os15.signal(-pid, signal);
  os15.signal(pid, signal);
  for (const d of tree) os15.signal(d, signal);
}
function killWindowsTree(pid, leaderExited, os15) {
  if (!leaderExited) return os15.taskkillTree(pid);
  const life = lifetimes.get(pid);
  if (!life) return;
  const endedMs = life.endedMs ?? Date.now();
  for (const p of os15.list()) {
    if (p.ppid !== pid || p.startedMs === void 0) continue;
    if (p.startedMs >= life.startedMs && p.startedMs <= endedMs) os15.taskkillTree(p.pid);
  }
}
function trackChild(pid, group, startedMs = Date.now()) {
  live.set(pid, group);
  lifetimes.delete(pid);
  lifetimes.set(pid, { startedMs });
  if (lifetimes.size > MAX_LIFETIMES) lifetimes.delete(lifetimes.keys().next().value);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const [p, g] of live) killTree(p, { group: g });
    });
  }
}
function untrackChild(pid, endedMs = Date.now()) {
  live.delete(pid);
  const life = lifetimes.get(pid);
  if (life) life.endedMs ??= endedMs;
}
var import_node_fs5, nativeProcessControl, live, exitHookInstalled, lifetimes, MAX_LIFETIMES;
var init_kill_tree = __esm({
  "src/core/exec/kill-tree.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    init_builtins();
    nativeProcessControl = {
      platform: process.platform,
      list: () => process.platform === "win32" ? windowsProcesses() : [...parentMap()].map(([pid, ppid]) => ({ pid, ppid })),
      signal: trySignal,
      taskkillTree: (pid) => childProcessModule().spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], {
        windowsHide: true,
        stdio: "ignore"
      })
    };
    live = /* @__PURE__ */ new Map();
    exitHookInstalled = false;
    lifetimes = /* @__PURE__ */ new Map();
    MAX_LIFETIMES = 256;
  }
});

// src/core/exec/output.ts
var output_exports = {};
__export(output_exports, {
  BoundedCapture: () => BoundedCapture,
  LineSplitter: () => LineSplitter,
  tailLines: () => tailLines
});
function tailLines(text3, maxLines = 20) {
  const lines = text3.trimEnd().split("\n");
  return lines.slice(-maxLines).join("\n");
}
var import_node_string_decoder, LineSplitter, BoundedCapture;
var init_output = __esm({
  "src/core/exec/output.ts"() {
    "use strict";
    import_node_string_decoder = require("node:string_decoder");
    LineSplitter = class {
      constructor(onLine, encoding = "utf8") {
        this.onLine = onLine;
        this.decoder = new import_node_string_decoder.StringDecoder(encoding);
      }
      onLine;
      decoder;
      rest = "";
      push(chunk) {
        const text3 = this.rest + this.decoder.write(chunk);
        let start = 0;
        for (let nl = text3.indexOf("\n"); nl !== -1; nl = text3.indexOf("\n", start)) {
          this.emit(text3.slice(start, nl));
          start = nl + 1;
        }
        this.rest = text3.slice(start);
      }
      /** Emits the last line when the stream ended without a newline. */
      end() {
        const text3 = this.rest + this.decoder.end();
        this.rest = "";
        if (text3.length > 0) this.emit(text3);
      }
      emit(line) {
        this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
      }
    };
    BoundedCapture = class {
      constructor(limit, tailLimit = 16 * 1024) {
        this.limit = limit;
        this.tailLimit = tailLimit;
      }
      limit;
      tailLimit;
      chunks = [];
      size = 0;
      tailBuf = Buffer.alloc(0);
      truncated = false;
      push(chunk) {
        if (this.size < this.limit) {
          const room = this.limit - this.size;
          const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
          this.chunks.push(part);
          this.size += part.length;
          if (part.length < chunk.length) this.truncated = true;
        } else if (chunk.length > 0) {
          this.truncated = true;
        }
        const joined = this.tailBuf.length === 0 ? chunk : Buffer.concat([this.tailBuf, chunk]);
        this.tailBuf = joined.length > this.tailLimit ? joined.subarray(joined.length - this.tailLimit) : joined;
      }
      text(encoding) {
        return Buffer.concat(this.chunks, this.size).toString(encoding);
      }
      tail(encoding) {
        return this.tailBuf.toString(encoding);
      }
    };
  }
});

// src/core/exec/result.ts
function formatCommand(argv) {
  return argv.map((a) => a.length > 120 ? `${a.slice(0, 117)}...` : a).map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
function spawnError(argv, cause, hint) {
  return new PythonExecutionError(
    `Cannot start ${formatCommand(argv)}: ${cause.message ?? cause}`,
    {
      requested: formatCommand(argv),
      hint
    }
  );
}
function resultOf(p, c) {
  const exitCode = p.exitCode ?? null;
  const signal = p.signal ?? null;
  const timedOut = p.timedOut ?? false;
  const aborted = p.aborted ?? false;
  const failed = exitCode !== 0 && !timedOut && !aborted;
  const outOfMemory = failed && (OOM_TEXT.test(c.err.tail(c.encoding)) || c.limits.memory === "enforced" && signal !== null && OOM_SIGNALS.has(signal));
  return {
    command: c.argv,
    pid: p.pid,
    exitCode,
    signal,
    stdout: c.out.text(c.encoding),
    stderr: c.err.text(c.encoding),
    durationMs: monotonicMs() - c.started,
    timedOut,
    aborted,
    outOfMemory,
    truncated: c.out.truncated || c.err.truncated,
    stdoutTruncated: c.out.truncated,
    stderrTruncated: c.err.truncated,
    limits: c.limits
  };
}
function checked(result, o, stderrTail) {
  if (!o.check) return result;
  if (result.exitCode === 0 && !result.timedOut && !result.aborted) return result;
  const cmd = formatCommand(result.command);
  const why = result.timedOut ? `timed out after ${o.timeoutMs} ms (process tree killed)` : result.aborted ? "was aborted (process tree killed)" : result.outOfMemory ? `ran out of memory${o.maxMemoryMB !== void 0 ? ` (limit ${o.maxMemoryMB} MB)` : ""}` : result.signal ? `was killed by ${result.signal}` : `failed with exit code ${result.exitCode}`;
  const tail = tailLines(stderrTail);
  throw new PythonExecutionError(`Command ${why}: ${cmd}${tail ? `
${tail}` : ""}`, {
    requested: cmd,
    // not `exitCode`: that key is the CLI's exit code in PythonEmbeddedError.toJSON().
    processExitCode: result.exitCode,
    signal: result.signal,
    stderrTail: tail,
    timedOut: result.timedOut,
    aborted: result.aborted,
    outOfMemory: result.outOfMemory,
    hint: result.outOfMemory ? "Raise maxMemoryMB or reduce what the code allocates." : result.timedOut ? "Raise timeoutMs or make the code finish sooner." : "See the stderr above."
  });
}
var OOM_TEXT, OOM_SIGNALS;
var init_result = __esm({
  "src/core/exec/result.ts"() {
    "use strict";
    init_errors();
    init_output();
    init_builtins();
    OOM_TEXT = /MemoryError\b|Cannot allocate memory|std::bad_alloc|out of memory|Unable to allocate/i;
    OOM_SIGNALS = /* @__PURE__ */ new Set(["SIGKILL", "SIGSEGV", "SIGABRT", "SIGBUS"]);
  }
});

// src/core/exec/limits.ts
var limits_exports = {};
__export(limits_exports, {
  applyPriority: () => applyPriority,
  memoryLimitSupported: () => memoryLimitSupported,
  niceValue: () => niceValue,
  wrapLimits: () => wrapLimits,
  wrapWithMemoryLimit: () => wrapWithMemoryLimit,
  wrapWithNice: () => wrapWithNice
});
function prlimit() {
  if (prlimitPath === void 0) {
    const found = findOnPathSync("prlimit", `${process.env.PATH ?? ""}:/usr/bin:/bin:/usr/sbin:/sbin`);
    prlimitPath = found ?? null;
  }
  return prlimitPath ?? void 0;
}
function shUlimit() {
  shUlimitWorks ??= childProcessModule().spawnSync("/bin/sh", ["-c", "ulimit -v 4194304"], { stdio: "ignore" }).status === 0;
  return shUlimitWorks;
}
function memoryLimitSupported() {
  return process.platform !== "win32" && process.platform !== "darwin";
}
function wrapWithMemoryLimit(command, args, maxMemoryMB, method = "auto", python) {
  if (!Number.isFinite(maxMemoryMB) || maxMemoryMB <= 0) {
    throw new ConfigurationError(`maxMemoryMB must be a positive number, got ${maxMemoryMB}.`, {
      requested: String(maxMemoryMB),
      hint: "Pass the limit in mebibytes, e.g. maxMemoryMB: 512."
    });
  }
  if (!memoryLimitSupported()) return { command, args };
  const bytes = Math.floor(maxMemoryMB * 1024 * 1024);
  const order = method === "auto" ? ["prlimit", "ulimit", "python"] : [method];
  for (const m of order) {
    if (m === "prlimit" && prlimit()) {
      return { command: prlimit(), args: [`--as=${bytes}`, "--", command, ...args], method: m };
    }
    if (m === "ulimit" && shUlimit()) {
      const kib = Math.floor(bytes / 1024);
      const script = `ulimit -v ${kib} || exit 126; exec "$@"`;
      return { command: "/bin/sh", args: ["-c", script, "sh", command, ...args], method: m };
    }
    if (m === "python" && python) {
      return {
        command: python,
        args: ["-I", "-S", "-c", PYTHON_PREAMBLE, String(bytes), command, ...args],
        method: m
      };
    }
  }
  return { command, args };
}
function niceValue(p) {
  const n = typeof p === "number" ? p : PRIORITY_NAMES[p];
  if (!Number.isInteger(n) || n < -20 || n > 19) {
    throw new ConfigurationError(`Invalid priority ${JSON.stringify(p)}.`, {
      requested: String(p),
      available: [...Object.keys(PRIORITY_NAMES), "-20..19"],
      hint: "Use a nice value from -20 (highest) to 19 (lowest) or a named class."
    });
  }
  return n;
}
function wrapWithNice(command, args, nice) {
  if (process.platform === "win32") return { command, args };
  const delta = nice - import_node_os3.default.getPriority();
  const bin = delta > 0 ? findOnPathSync("nice", `${process.env.PATH ?? ""}:/usr/bin:/bin`) : void 0;
  return bin ? { command: bin, args: ["-n", String(delta), "--", command, ...args], niced: true } : { command, args };
}
function applyPriority(pid, nice) {
  try {
    import_node_os3.default.setPriority(pid, nice);
    return "applied";
  } catch (e) {
    const err = e;
    const code = err.info?.code ?? err.code ?? "";
    return code === "EACCES" || code === "EPERM" ? "denied" : "unsupported";
  }
}
function wrapLimits(command, args, o, python, envPath) {
  const launch = { command, args, limits: { memory: "not-requested", priority: "not-requested" } };
  let wrapped = false;
  if (o.maxMemoryMB !== void 0) {
    const w = wrapWithMemoryLimit(command, args, o.maxMemoryMB, o.memoryLimitMethod, python);
    launch.limits.memory = w.method ? "enforced" : "unsupported";
    if (w.method) launch.limits.memoryMethod = w.method;
    wrapped = Boolean(w.method);
    ({ command: launch.command, args: launch.args } = w);
  }
  if (o.priority !== void 0) {
    const nice = niceValue(o.priority);
    const w = wrapWithNice(launch.command, launch.args, nice);
    ({ command: launch.command, args: launch.args } = w);
    if (w.niced) {
      launch.limits.priority = "applied";
      wrapped = true;
    } else launch.niceAfterSpawn = nice;
  }
  if (wrapped && !isExecutable(command, envPath)) {
    throw spawnError(
      [command, ...args],
      new Error("no such executable"),
      "Check the path of the command (or PATH)."
    );
  }
  return launch;
}
function isExecutable(command, envPath) {
  if (command.includes("/") || command.includes("\\")) {
    try {
      return (0, import_node_fs6.statSync)(command).isFile();
    } catch {
      return false;
    }
  }
  return findOnPathSync(command, envPath) !== void 0;
}
var import_node_fs6, import_node_os3, prlimitPath, shUlimitWorks, PYTHON_PREAMBLE, PRIORITY_NAMES;
var init_limits = __esm({
  "src/core/exec/limits.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_os3 = __toESM(require("node:os"), 1);
    init_errors();
    init_fs();
    init_result();
    init_builtins();
    PYTHON_PREAMBLE = "import os,resource,sys;n=int(sys.argv[1]);resource.setrlimit(resource.RLIMIT_AS,(n,n));os.execvp(sys.argv[2],sys.argv[2:])";
    PRIORITY_NAMES = {
      idle: import_node_os3.default.constants.priority.PRIORITY_LOW,
      "below-normal": import_node_os3.default.constants.priority.PRIORITY_BELOW_NORMAL,
      normal: import_node_os3.default.constants.priority.PRIORITY_NORMAL,
      "above-normal": import_node_os3.default.constants.priority.PRIORITY_ABOVE_NORMAL,
      high: import_node_os3.default.constants.priority.PRIORITY_HIGH,
      highest: import_node_os3.default.constants.priority.PRIORITY_HIGHEST
    };
  }
});

// src/core/install/proxy.ts
function proxyFor(url, env = process.env) {
  const pick = (...names) => names.map((n) => env[n]).find((v) => v && v.trim());
  const raw = url.protocol === "https:" ? pick("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY") : pick("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY");
  if (!raw) return void 0;
  if (bypassProxy(url, pick("no_proxy", "NO_PROXY") ?? "")) return void 0;
  try {
    return new URL(raw.includes("://") ? raw : `http://${raw}`);
  } catch {
    return void 0;
  }
}
function bypassProxy(url, noProxy) {
  const host3 = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (let entry of noProxy.split(/[,\s]+/)) {
    entry = entry.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    let entryPort;
    const m = /^(.*):(\d+)$/.exec(entry);
    if (m && !entry.includes("/") && netModule().isIP(entry) !== 6) {
      entry = m[1];
      entryPort = m[2];
    }
    if (entryPort && entryPort !== port) continue;
    if (entry.includes("/") && netModule().isIPv4(host3) && inCidr(host3, entry)) return true;
    const bare = entry.replace(/^\*?\./, "");
    if (host3 === bare || host3.endsWith(`.${bare}`)) return true;
  }
  return false;
}
function inCidr(ip, cidr) {
  const [base, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  if (!netModule().isIPv4(base) || !(bits >= 0 && bits <= 32)) return false;
  const toInt = (a) => a.split(".").reduce((acc, o) => (acc << 8) + Number(o), 0) >>> 0;
  const mask = bits === 0 ? 0 : ~0 << 32 - bits >>> 0;
  return (toInt(ip) & mask) === (toInt(base) & mask);
}
var init_proxy2 = __esm({
  "src/core/install/proxy.ts"() {
    "use strict";
    init_builtins();
  }
});

// src/core/install/http.ts
var http_exports = {};
__export(http_exports, {
  GITHUB_COM_HOSTS: () => GITHUB_COM_HOSTS,
  configuredGitHubHosts: () => configuredGitHubHosts,
  httpGet: () => httpGet,
  isGitHubHost: () => isGitHubHost,
  redactUrl: () => redactUrl,
  tokenMayGoTo: () => tokenMayGoTo
});
function isGitHubHost(hostname, extra = [], githubCom = GITHUB_COM_HOSTS) {
  const h = hostname.toLowerCase();
  if (githubCom.includes(h) || h.endsWith(".githubusercontent.com")) return true;
  return extra.some((e) => e.toLowerCase() === h);
}
function tokenMayGoTo(hostname, o = {}) {
  const githubCom = o.githubComHosts ?? GITHUB_COM_HOSTS;
  const ghes = [...o.githubHosts ?? [], ...configuredGitHubHosts(o.env ?? process.env)].map((h) => h.toLowerCase()).filter((h) => !isGitHubHost(h, [], githubCom));
  if (ghes.length > 0) return ghes.includes(hostname.toLowerCase());
  return isGitHubHost(hostname, [], githubCom);
}
function configuredGitHubHosts(env = process.env) {
  const out = [];
  for (const v of [env.GITHUB_SERVER_URL, env.GITHUB_API_URL]) {
    if (!v) continue;
    try {
      out.push(new URL(v).hostname);
    } catch {
    }
  }
  return out;
}
function redactUrl(url) {
  try {
    const u = new URL(url.toString());
    u.username = "";
    u.password = "";
    u.search = "";
    return u.toString();
  } catch {
    return String(url);
  }
}
async function httpGet(url, o = {}) {
  let current2 = new URL(url.toString());
  const origin = current2.host;
  const maxRedirects = o.maxRedirects ?? 10;
  for (let hop = 0; ; hop++) {
    const headers = { "user-agent": "python-embedded", ...o.headers };
    if (o.token && current2.host === origin && tokenMayGoTo(current2.hostname, o)) {
      headers.authorization = `Bearer ${o.token}`;
    }
    const res = await requestOnce(current2, headers, o);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= maxRedirects) throw new Error(`too many redirects (${maxRedirects})`);
      current2 = new URL(res.headers.location, current2);
      continue;
    }
    return { res, finalUrl: current2 };
  }
}
function requestOnce(url, headers, o) {
  return new Promise((resolve, reject) => {
    if (o.signal?.aborted) return reject(o.signal.reason);
    const isHttps = url.protocol === "https:";
    if (!isHttps && url.protocol !== "http:")
      return reject(new Error(`unsupported protocol ${url.protocol}`));
    const proxy = proxyFor(url, o.env ?? process.env);
    const port = Number(url.port || (isHttps ? 443 : 80));
    const common = { method: "GET", headers, signal: o.signal, timeout: o.timeoutMs };
    let req2;
    const onRes = (res) => {
      if (o.timeoutMs) watchBodyInactivity(res, o.timeoutMs);
      resolve(res);
    };
    if (!proxy) {
      const mod = isHttps ? httpsModule() : httpModule();
      req2 = mod.request(url, { ...common, ca: o.ca }, onRes);
    } else if (!isHttps) {
      req2 = httpModule().request(
        {
          ...common,
          host: proxy.hostname,
          port: Number(proxy.port || 80),
          path: url.toString(),
          headers: { ...headers, host: url.host, ...proxyAuth(proxy) }
        },
        onRes
      );
    } else {
      connectTunnel(proxy, url.hostname, port, o).then((socket) => {
        const r = httpsModule().request(
          url,
          {
            ...common,
            ca: o.ca,
            agent: false,
            createConnection: () => tlsModule().connect({ socket, servername: url.hostname, ca: o.ca })
          },
          onRes
        );
        r.on("timeout", () => r.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
        r.on("error", (e) => {
          socket.destroy();
          reject(e);
        });
        r.on("response", (res) => res.once("close", () => socket.destroy()));
        r.end();
      }).catch(reject);
      return;
    }
    req2.on("timeout", () => req2.destroy(new Error(`no response within ${o.timeoutMs} ms`)));
    req2.on("error", reject);
    req2.end();
  });
}
function watchBodyInactivity(res, ms2) {
  const socket = res.socket;
  if (!socket) return;
  const onTimeout = () => res.destroy(new Error(`no data for ${ms2} ms (inactivity timeout)`));
  socket.setTimeout(ms2);
  socket.on("timeout", onTimeout);
  res.once("close", () => socket.off("timeout", onTimeout));
}
function proxyAuth(proxy) {
  if (!proxy.username) return {};
  const cred = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { "proxy-authorization": `Basic ${Buffer.from(cred).toString("base64")}` };
}
function connectTunnel(proxy, host3, port, o) {
  return new Promise((resolve, reject) => {
    const req2 = httpModule().request({
      method: "CONNECT",
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      path: `${host3}:${port}`,
      headers: { host: `${host3}:${port}`, ...proxyAuth(proxy) },
      signal: o.signal,
      timeout: o.timeoutMs
    });
    req2.on("connect", (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        return reject(
          new Error(`proxy ${proxy.host} refused CONNECT ${host3}:${port}: HTTP ${res.statusCode}`)
        );
      }
      resolve(socket);
    });
    req2.on(
      "timeout",
      () => req2.destroy(new Error(`proxy ${proxy.host} did not answer within ${o.timeoutMs} ms`))
    );
    req2.on("error", reject);
    req2.end();
  });
}
var import_node_module4, requireBuiltin2, builtin, httpModule, httpsModule, tlsModule, GITHUB_COM_HOSTS;
var init_http = __esm({
  "src/core/install/http.ts"() {
    "use strict";
    import_node_module4 = require("node:module");
    init_proxy2();
    requireBuiltin2 = (0, import_node_module4.createRequire)(__pyembedImportMetaUrl);
    builtin = (id) => requireBuiltin2(id);
    httpModule = () => builtin("node:http");
    httpsModule = () => builtin("node:https");
    tlsModule = () => builtin("node:tls");
    GITHUB_COM_HOSTS = ["github.com", "api.github.com"];
  }
});

// src/core/v8-tiers.ts
function hasMaglev(v8Version = process.versions.v8) {
  return Number(v8Version.split(".")[0]) >= 12;
}
function skipTurbofan() {
  if (hasMaglev()) v8Module().setFlagsFromString("--no-turbofan");
}
var init_v8_tiers = __esm({
  "src/core/v8-tiers.ts"() {
    "use strict";
    init_builtins();
  }
});

// src/core/install/memory.ts
var memory_exports = {};
__export(memory_exports, {
  allowV8Tuning: () => allowV8Tuning,
  noteGarbage: () => noteGarbage,
  streamedInProcess: () => streamedInProcess
});
function allowV8Tuning() {
  globalThis[HOST_GC] = true;
}
function streamedInProcess() {
  return globalThis[STREAMED] === true;
}
function hostGc() {
  const allowed = globalThis[HOST_GC] === true;
  if (allowed) skipTurbofan();
  const g = globalThis.gc;
  if (typeof g === "function") return g;
  if (!allowed) return null;
  try {
    v8Module().setFlagsFromString("--expose-gc");
    const fromContext = vmModule().runInNewContext('typeof gc === "function" ? gc : null');
    return typeof fromContext === "function" ? fromContext : null;
  } catch {
    return null;
  }
}
function noteGarbage(bytes) {
  globalThis[STREAMED] = true;
  if (gcFn === void 0) gcFn = hostGc();
  pending += bytes;
  if (pending < COLLECT_EVERY) return;
  pending = 0;
  if (!gcFn) return;
  gcFn({ type: process.memoryUsage().arrayBuffers > FULL_ABOVE ? "major" : "minor" });
}
var gcFn, HOST_GC, STREAMED, pending, COLLECT_EVERY, FULL_ABOVE;
var init_memory = __esm({
  "src/core/install/memory.ts"() {
    "use strict";
    init_builtins();
    init_v8_tiers();
    HOST_GC = /* @__PURE__ */ Symbol.for("python-embedded.allowV8Tuning");
    STREAMED = /* @__PURE__ */ Symbol.for("python-embedded.streamed");
    pending = 0;
    COLLECT_EVERY = 2 * 1024 * 1024;
    FULL_ABOVE = 6 * 1024 * 1024;
  }
});

// src/core/install/download.ts
var download_exports = {};
__export(download_exports, {
  downloadFile: () => downloadFile,
  normaliseSha256: () => normaliseSha256,
  streamUrl: () => streamUrl
});
function normaliseSha256(s) {
  if (!s) return void 0;
  return s.trim().toLowerCase().replace(/^sha256:/, "");
}
async function downloadFile(url, dest, o = {}) {
  const partial = `${dest}.partial`;
  try {
    await makeDirs(import_node_path8.default.dirname(dest));
  } catch (e) {
    throw new DownloadError(`Cannot download ${redactUrl(url)} into ${dest}: ${errorText(e)}`, {
      requested: dest,
      url: redactUrl(url),
      attempts: 0,
      hint: "Check that the destination is writable."
    });
  }
  try {
    const r = await streamUrl(url, { ...o, consume: (body) => (0, import_promises3.pipeline)(body, (0, import_node_fs7.createWriteStream)(partial)) });
    await fs3.rename(partial, dest);
    return { path: dest, ...r };
  } catch (e) {
    await fs3.rm(partial, { force: true });
    throw e;
  }
}
async function streamUrl(url, o) {
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
          hint: "Use a catalogue or mirror that publishes checksums, or opt out explicitly with allowMissingChecksum."
        }
      );
    }
    log.warn(`No sha256 known for ${shown}: downloading without verification (allowMissingChecksum).`);
  }
  const retries = Math.max(0, o.retries ?? 4);
  const backoffMs = o.backoffMs ?? 1e3;
  const maxBackoffMs = o.maxBackoffMs ?? 3e4;
  for (let attempt = 1; ; attempt++) {
    let got;
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
          hint: err.retryable ? "The server or network kept failing; retry later or use a mirror (PYEMBED_MIRROR)." : "Check the URL, mirror and token settings."
        });
      }
      const exp = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
      const delay = Math.min(maxBackoffMs, Math.max(err.retryAfterMs ?? 0, exp * (0.5 + Math.random() / 2)));
      log.warn(
        `download of ${shown} failed (${err.message}); retry ${attempt}/${retries} in ${Math.round(delay)} ms`
      );
      await o.reset?.();
      await sleep2(delay, o.signal);
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
          hint: "The file was corrupted in transit or the mirror serves a different file; nothing was installed."
        }
      );
    }
    if (got.consumerError !== void 0) {
      if (got.consumerError instanceof PythonEmbeddedError) throw got.consumerError;
      throw new DownloadError(`Download of ${shown} could not be stored: ${errorText(got.consumerError)}`, {
        requested: shown,
        url: shown,
        attempts: attempt,
        hint: "Check that the destination is writable and has room."
      });
    }
    return { sha256: got.sha256, bytes: got.bytes, attempts: attempt };
  }
}
async function openBody(url, o) {
  if (url.startsWith("file:")) {
    const file = (0, import_node_url2.fileURLToPath)(url);
    const total = (await fs3.stat(file)).size;
    return { body: (0, import_node_fs7.createReadStream)(file, { highWaterMark: 256 * 1024 }), total };
  }
  const { res } = await httpGet(url, {
    token: o.token,
    githubHosts: o.githubHosts,
    githubComHosts: o.githubComHosts,
    timeoutMs: o.timeoutMs ?? 3e4,
    signal: o.signal,
    ca: o.ca,
    env: o.env,
    headers: { accept: "application/octet-stream" }
  });
  const status = res.statusCode ?? 0;
  if (status !== 200) {
    res.resume();
    const retryable = status >= 500 || status === 408 || status === 429;
    throw new AttemptError(`HTTP ${status}`, retryable, status, retryAfter(res.headers["retry-after"]));
  }
  const len = res.headers["content-length"];
  return { body: res, total: len !== void 0 && /^\d+$/.test(len) ? Number(len) : void 0 };
}
async function attemptOnce(url, o) {
  const { body, total } = await openBody(url, o);
  const hash = sha256();
  let bytes = 0;
  const pass = new import_node_stream.PassThrough({ highWaterMark: 64 * 1024 });
  let consumerError;
  let consumerFailed = false;
  let consumerDone = false;
  const consuming = o.consume(pass, { total }).then(
    () => {
      consumerDone = true;
    },
    (e) => {
      consumerFailed = true;
      consumerError = e;
      pass.resume();
    }
  );
  const onAbort = () => body.destroy(o.signal?.reason);
  o.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      bytes += chunk.length;
      noteGarbage(chunk.length);
      o.onProgress?.({ bytes, total });
      if (!consumerFailed && !consumerDone && !pass.write(chunk)) {
        await new Promise((resolve) => {
          pass.once("drain", resolve);
          void consuming.then(resolve);
        });
      }
    }
  } catch (e) {
    pass.destroy(e);
    await consuming;
    throw new AttemptError(errorText(e), !o.signal?.aborted && isTransient(e));
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
  }
  if (total !== void 0 && bytes !== total) {
    pass.destroy(new Error("short body"));
    await consuming;
    throw new AttemptError(`body ended after ${bytes} of ${total} bytes`, true);
  }
  pass.end();
  await consuming;
  return { sha256: hash.digest("hex"), bytes, consumerError: consumerFailed ? consumerError : void 0 };
}
function retryAfter(h) {
  if (!h) return void 0;
  if (/^\d+$/.test(h.trim())) return Number(h) * 1e3;
  const t = Date.parse(h);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - Date.now());
}
function isTransient(e) {
  const code = e?.code;
  if (code && PERMANENT_CODES.includes(code)) return false;
  if (e instanceof Error && /unsupported protocol|too many redirects|refused CONNECT/.test(e.message))
    return false;
  return true;
}
function errorText(e) {
  if (e instanceof Error) {
    const code = e.code;
    return code && !e.message.includes(code) ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}
function sleep2(ms2, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms2);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var import_node_fs7, import_node_path8, import_node_stream, import_promises3, import_node_url2, AttemptError, PERMANENT_CODES;
var init_download = __esm({
  "src/core/install/download.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    init_async_fs();
    import_node_path8 = __toESM(require("node:path"), 1);
    import_node_stream = require("node:stream");
    import_promises3 = require("node:stream/promises");
    import_node_url2 = require("node:url");
    init_errors();
    init_log();
    init_http();
    init_memory();
    init_fs();
    init_builtins();
    AttemptError = class extends Error {
      constructor(message, retryable, status, retryAfterMs) {
        super(message);
        this.retryable = retryable;
        this.status = status;
        this.retryAfterMs = retryAfterMs;
      }
      retryable;
      status;
      retryAfterMs;
    };
    PERMANENT_CODES = [
      "ENOENT",
      "EACCES",
      "EPERM",
      "ENOSPC",
      "EROFS",
      "ERR_INVALID_URL",
      // TLS verification failures: retrying cannot fix a certificate
      "DEPTH_ZERO_SELF_SIGNED_CERT",
      "SELF_SIGNED_CERT_IN_CHAIN",
      "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
      "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
      "CERT_HAS_EXPIRED",
      "ERR_TLS_CERT_ALTNAME_INVALID"
    ];
  }
});

// src/core/install/lock.ts
var lock_exports = {};
__export(lock_exports, {
  clearStaleLock: () => clearStaleLock,
  readLock: () => readLock,
  withLock: () => withLock
});
async function withLock(lockPath, fn, o = {}) {
  const staleMs = o.staleMs ?? 6e4;
  let held;
  try {
    held = await acquire(lockPath, staleMs, o);
  } catch (e) {
    if (e instanceof PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new PythonInstallationError(`Cannot take the lock ${lockPath}: ${fsErrorText(e)}`, {
      requested: lockPath,
      hint: "The directory must be writable (a read-only root can only be read from)."
    });
  }
  const beat = setInterval(
    () => {
      const now = /* @__PURE__ */ new Date();
      fs3.utimes(lockPath, now, now).catch(() => {
      });
    },
    Math.max(50, Math.floor(staleMs / 4))
  );
  beat.unref();
  try {
    return await fn(held);
  } finally {
    clearInterval(beat);
    await held.release();
  }
}
async function readLock(lockPath) {
  try {
    const info2 = JSON.parse(await fs3.readFile(lockPath, "utf8"));
    return typeof info2.pid === "number" ? info2 : void 0;
  } catch {
    return void 0;
  }
}
async function clearStaleLock(lockPath, staleMs = 6e4) {
  const { stale, info: info2 } = await isStale(lockPath, staleMs);
  if (stale) await breakStale(lockPath, staleMs, info2);
}
async function isStale(lockPath, staleMs) {
  let st;
  try {
    st = await fs3.stat(lockPath);
  } catch {
    return { stale: false };
  }
  const info2 = await readLock(lockPath);
  if (info2 && info2.host === import_node_os4.default.hostname() && !pidAlive(info2.pid)) return { stale: true, info: info2 };
  return { stale: Date.now() - st.mtimeMs > staleMs, info: info2 };
}
async function tryCreate(lockPath, body) {
  const tmp = privateTemp(lockPath);
  await fs3.writeFile(tmp, body);
  try {
    await fs3.link(tmp, lockPath);
    return true;
  } catch (e) {
    const code = e.code;
    if (code === "EEXIST" || code === "ENOENT") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
    try {
      await fs3.writeFile(lockPath, body, { flag: "wx" });
      return true;
    } catch (e2) {
      if (e2.code === "EEXIST") return false;
      throw e2;
    }
  } finally {
    await fs3.rm(tmp, { force: true });
  }
}
async function breakStale(lockPath, staleMs, seen) {
  const breaker = `${lockPath}.break`;
  const me = JSON.stringify({ pid: process.pid, host: import_node_os4.default.hostname(), createdAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (!await tryCreate(breaker, me)) {
    const st = await fs3.stat(breaker).catch(() => void 0);
    if (st && Date.now() - st.mtimeMs > Math.min(staleMs, 1e4)) await fs3.rm(breaker, { force: true });
    return;
  }
  try {
    const again = await isStale(lockPath, staleMs);
    if (again.stale && again.info?.token === seen?.token) {
      if (again.info?.host === import_node_os4.default.hostname()) await stopWorkers(again.info.workers);
      await fs3.rm(lockPath, { force: true });
    }
  } finally {
    await fs3.rm(breaker, { force: true });
  }
}
async function sweepAbandonedTemps(lockPath, staleMs) {
  const dir2 = import_node_path9.default.dirname(lockPath);
  for (const name of await fs3.readdir(dir2).catch(() => [])) {
    const pid = privateTempPid(lockPath, name);
    if (!pid || pid === process.pid) continue;
    const file = import_node_path9.default.join(dir2, name);
    const [info2, st] = await Promise.all([readLock(file), fs3.stat(file).catch(() => void 0)]);
    if (!st) continue;
    const abandoned = !info2 ? !pidAlive(pid) || Date.now() - st.mtimeMs > staleMs : info2.host === import_node_os4.default.hostname() ? !pidAlive(info2.pid) : Date.now() - st.mtimeMs > staleMs;
    if (abandoned) await fs3.rm(file, { force: true });
  }
}
async function acquire(lockPath, staleMs, o) {
  await makeDirs(import_node_path9.default.dirname(lockPath));
  await sweepAbandonedTemps(lockPath, staleMs);
  const token = randomTag(8);
  const mine = {
    pid: process.pid,
    host: import_node_os4.default.hostname(),
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    token
  };
  const body = JSON.stringify(mine);
  const deadline = Date.now() + (o.timeoutMs ?? 15 * 6e4);
  let delay = 25;
  let waited = false;
  for (; ; ) {
    if (o.signal?.aborted) throw o.signal.reason;
    if (await tryCreate(lockPath, body)) {
      return {
        track: (pid, group) => {
          mine.workers = [...mine.workers ?? [], describeWorker(pid, group)];
          writeFileAtomicSync(lockPath, JSON.stringify(mine), { keepTemps: true });
        },
        release: async () => {
          const cur = await readLock(lockPath);
          if (!cur || cur.token === token) await fs3.rm(lockPath, { force: true });
        }
      };
    }
    const { stale, info: info2 } = await isStale(lockPath, staleMs);
    if (stale) {
      await breakStale(lockPath, staleMs, info2);
      continue;
    }
    if (!waited) {
      waited = true;
      o.onWait?.(info2);
    }
    if (Date.now() > deadline) {
      throw new PythonInstallationError(`Timed out waiting for the lock ${lockPath}.`, {
        requested: lockPath,
        holder: info2,
        hint: `Another install (pid ${info2?.pid ?? "?"} on ${info2?.host ?? "?"}) holds it; wait, or remove the file if that process is gone.`
      });
    }
    await new Promise((r) => setTimeout(r, delay * (0.75 + Math.random() / 2)));
    delay = Math.min(500, delay * 2);
  }
}
var import_node_os4, import_node_path9;
var init_lock = __esm({
  "src/core/install/lock.ts"() {
    "use strict";
    init_async_fs();
    import_node_os4 = __toESM(require("node:os"), 1);
    import_node_path9 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_lock_workers();
    init_builtins();
  }
});

// src/core/install/mirror.ts
var mirror_exports = {};
__export(mirror_exports, {
  expectedChecksum: () => expectedChecksum,
  fetchText: () => fetchText,
  isUrl: () => isUrl,
  mirrorBase: () => mirrorBase,
  mirrorSumsUrl: () => mirrorSumsUrl,
  mirrorUrlFor: () => mirrorUrlFor,
  parseSha256Sums: () => parseSha256Sums2
});
function isUrl(s) {
  return /^(https?|file):/i.test(s);
}
function mirrorBase(mirror) {
  const base = isUrl(mirror) ? mirror : (0, import_node_url3.pathToFileURL)(import_node_path10.default.resolve(mirror)).href;
  return base.replace(/\/+$/, "");
}
function mirrorUrlFor(build, mirror) {
  if (!mirror || build.source === "downloads") return build.url;
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/${encodeURIComponent(build.assetName)}`;
}
function parseSha256Sums2(text3) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text3.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (m) out.set(m[2], m[1].toLowerCase());
  }
  return out;
}
async function fetchText(url, o = {}) {
  if (url.startsWith("file:")) {
    try {
      return await fs3.readFile((0, import_node_url3.fileURLToPath)(url), "utf8");
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
  }
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const { res } = await httpGet(url, { timeoutMs: 3e4, ...o });
      const status = res.statusCode ?? 0;
      if (status === 404) {
        res.resume();
        return void 0;
      }
      if (status !== 200) {
        res.resume();
        lastError = new Error(`HTTP ${status} for ${redactUrl(url)}`);
        if (status < 500 && status !== 429) break;
      } else {
        const chunks = [];
        for await (const c of res) chunks.push(c);
        return Buffer.concat(chunks).toString("utf8");
      }
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
  throw lastError;
}
function mirrorSumsUrl(build, mirror) {
  return `${mirrorBase(mirror)}/${encodeURIComponent(build.build)}/SHA256SUMS`;
}
async function expectedChecksum(build, o = {}) {
  const catalog = normaliseSha256(build.sha256);
  const fromMirror = o.mirror && build.source !== "downloads" ? await mirrorLine(build, o.mirror, o) : void 0;
  if (catalog && fromMirror && fromMirror !== catalog) {
    const sumsUrl = redactUrl(mirrorSumsUrl(build, o.mirror));
    throw new ChecksumMismatchError(
      `The mirror's SHA256SUMS (${sumsUrl}) lists ${fromMirror} for ${build.assetName}, but the catalogue knows ${catalog}; refusing the mirror's file. Nothing was downloaded or installed.`,
      {
        requested: build.key,
        url: sumsUrl,
        expected: catalog,
        actual: fromMirror,
        hint: "The mirror serves a different build than the one published: fix or re-sync the mirror, or drop the mirror setting."
      }
    );
  }
  if (catalog) return { sha256: catalog, source: "catalog" };
  return fromMirror ? { sha256: fromMirror, source: "mirror" } : { source: "none" };
}
async function mirrorLine(build, mirror, o) {
  const sumsUrl = mirrorSumsUrl(build, mirror);
  try {
    const text3 = await fetchText(sumsUrl, o.http);
    return text3 ? parseSha256Sums2(text3).get(build.assetName) : void 0;
  } catch (e) {
    (o.logger ?? silentLogger).debug(
      `could not read ${redactUrl(sumsUrl)}: ${e instanceof Error ? e.message : String(e)}`
    );
    return void 0;
  }
}
var import_node_path10, import_node_url3;
var init_mirror = __esm({
  "src/core/install/mirror.ts"() {
    "use strict";
    init_async_fs();
    import_node_path10 = __toESM(require("node:path"), 1);
    import_node_url3 = require("node:url");
    init_errors();
    init_log();
    init_download();
    init_http();
  }
});

// src/core/text.ts
var text_exports = {};
__export(text_exports, {
  compareText: () => compareText
});
var compareText;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  }
});

// src/core/install/python-layout.ts
var python_layout_exports = {};
__export(python_layout_exports, {
  findInterpreter: () => findInterpreter,
  interpreterPathEntries: () => interpreterPathEntries,
  locatePython: () => locatePython
});
function findInterpreter(root) {
  const named = ["pypy3.exe", "bin/pypy3", "bin/graalpy", "bin/graalpy.exe"];
  for (const exe of [...named, "python.exe", "bin/python3", "bin/python"]) {
    if (isFileSync(import_node_path11.default.join(root, exe))) return exe;
  }
  return plainestVersioned(root, "", /^python3(\.\d+)?[td]*\.exe$/i) ?? plainestVersioned(root, "bin", /^python3\.\d+[td]*$/);
}
function plainestVersioned(root, dir2, pattern) {
  let names;
  try {
    names = import_node_fs8.default.readdirSync(import_node_path11.default.join(root, dir2));
  } catch {
    return void 0;
  }
  const versioned = names.filter((n) => pattern.test(n)).sort((a, b) => a.length - b.length || compareText(a, b));
  const hit = versioned.find((n) => isFileSync(import_node_path11.default.join(root, dir2, n)));
  return hit === void 0 ? void 0 : dir2 ? `${dir2}/${hit}` : hit;
}
function locatePython(extracted) {
  for (const rel of ["python/install", "python", ".", "install", soleDirectory(extracted)]) {
    if (rel === void 0) continue;
    const root = import_node_path11.default.join(extracted, rel);
    const exe = findInterpreter(root);
    if (exe) return { root: import_node_path11.default.normalize(root), exe };
  }
  return void 0;
}
function interpreterPathEntries(pythonPath) {
  const dir2 = import_node_path11.default.dirname(pythonPath);
  if (!isWindowsHost()) return [dir2];
  return [dir2, import_node_path11.default.join(dir2, "Scripts")];
}
function soleDirectory(dir2) {
  let entries;
  try {
    entries = import_node_fs8.default.readdirSync(dir2, { withFileTypes: true });
  } catch {
    return void 0;
  }
  return entries.length === 1 && entries[0].isDirectory() ? entries[0].name : void 0;
}
var import_node_fs8, import_node_path11;
var init_python_layout = __esm({
  "src/core/install/python-layout.ts"() {
    "use strict";
    import_node_fs8 = __toESM(require("node:fs"), 1);
    import_node_path11 = __toESM(require("node:path"), 1);
    init_fs();
    init_host();
    init_text();
  }
});

// src/core/instances/naming.ts
var naming_exports = {};
__export(naming_exports, {
  INSTANCE_NAME_SAFE: () => INSTANCE_NAME_SAFE,
  versionLabel: () => versionLabel
});
function versionLabel(b) {
  if (b.implementation === "pypy") return `pypy${b.version}`;
  if (b.implementation === "graalpy") return `graalpy${b.build}`;
  return b.version;
}
var INSTANCE_NAME_SAFE;
var init_naming = __esm({
  "src/core/instances/naming.ts"() {
    "use strict";
    INSTANCE_NAME_SAFE = /^(cpython|pypy|graalpy)-[A-Za-z0-9._+-]+$/;
  }
});

// src/core/idle.ts
function childStarted() {
  if (registry.scheduled || tasks.size === 0) return;
  registry.scheduled = true;
  setImmediate(() => {
    registry.scheduled = false;
    for (const task of [...tasks]) {
      try {
        task();
      } catch {
      }
    }
  });
}
var KEY, registry, tasks;
var init_idle = __esm({
  "src/core/idle.ts"() {
    "use strict";
    KEY = /* @__PURE__ */ Symbol.for("python-embedded.idle");
    registry = globalThis[KEY] ??= { tasks: /* @__PURE__ */ new Set(), scheduled: false };
    tasks = registry.tasks;
  }
});

// src/core/uv/spawn.ts
function lineSplitter(cb) {
  let tail = "";
  return {
    push(b) {
      if (!cb) return;
      const parts = (tail + b.toString("utf8")).split(/\r?\n/);
      tail = parts.pop() ?? "";
      for (const l of parts) cb(l);
    },
    end() {
      if (cb && tail) cb(tail);
      tail = "";
    }
  };
}
function spawnCapture(command, args, o = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    if (o.signal?.aborted) {
      reject(o.signal.reason instanceof Error ? o.signal.reason : new Error("The operation was aborted."));
      return;
    }
    const group = process.platform !== "win32";
    const child = childProcessModule().spawn(command, args, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      stdio: [o.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
      shell: false,
      detached: group
    });
    let exited = false;
    if (child.pid !== void 0) {
      trackChild(child.pid, group);
      o.onSpawn?.(child.pid, group);
      childStarted();
    }
    child.on("exit", () => {
      exited = true;
      if (child.pid !== void 0) untrackChild(child.pid);
    });
    const out = [];
    const err = [];
    let killed;
    let closeGrace;
    const outLines = lineSplitter(o.onStdout);
    const errLines = lineSplitter(o.onStderr);
    child.stdout?.on("data", (b) => {
      out.push(b);
      outLines.push(b);
    });
    child.stderr?.on("data", (b) => {
      err.push(b);
      errLines.push(b);
    });
    const kill = (why) => {
      killed = why;
      if (child.pid !== void 0) killTree(child.pid, { group, leaderExited: exited });
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
      }, 2e3);
    };
    const onAbort = () => kill("aborted");
    o.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = o.timeoutMs ? setTimeout(() => kill("timeout"), o.timeoutMs) : void 0;
    child.on("error", (e) => {
      if (timer) clearTimeout(timer);
      if (child.pid !== void 0) untrackChild(child.pid);
      o.signal?.removeEventListener("abort", onAbort);
      reject(e);
    });
    child.on("close", (code, sig) => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
      outLines.end();
      errLines.end();
      o.signal?.removeEventListener("abort", onAbort);
      resolve({
        exitCode: code ?? (sig ? 128 + 9 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        durationMs: Date.now() - started,
        killed
      });
    });
    if (o.input !== void 0) child.stdin?.end(o.input);
  });
}
var init_spawn = __esm({
  "src/core/uv/spawn.ts"() {
    "use strict";
    init_kill_tree();
    init_builtins();
    init_idle();
  }
});

// src/core/python/probe.ts
var probe_exports = {};
__export(probe_exports, {
  PROBE_SCRIPT: () => PROBE_SCRIPT,
  isPythonEnvironmentVariable: () => isPythonEnvironmentVariable,
  isolatedPythonEnv: () => isolatedPythonEnv,
  probeInterpreter: () => probeInterpreter,
  runIsolated: () => runIsolated
});
function isPythonEnvironmentVariable(name) {
  const upper = name.toUpperCase();
  return upper.startsWith("PYTHON") || DROPPED_EXACT.has(upper);
}
function isolatedPythonEnv(base = process.env) {
  const env = {};
  for (const [k, v] of Object.entries(base)) if (!isPythonEnvironmentVariable(k)) env[k] = v;
  return env;
}
function runIsolated(python, args, o = {}) {
  return spawnCapture(python, ["-I", ...args], {
    signal: o.signal,
    timeoutMs: o.timeoutMs ?? 6e4,
    env: isolatedPythonEnv()
  });
}
async function probeInterpreter(python, o = {}) {
  let r;
  try {
    r = await runIsolated(python, ["-c", PROBE_SCRIPT, ...o.modules ?? []], o);
  } catch (e) {
    throw doesNotRun(python, e.message, "");
  }
  if (r.exitCode !== 0 || r.killed) {
    const why = r.killed === "timeout" ? "no answer in time" : `exit code ${r.exitCode}`;
    throw doesNotRun(python, r.stderr.trim().split("\n").pop() || why, r.stderr);
  }
  try {
    return JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
  } catch {
    throw new PythonInstallationError(`The interpreter ${python} gave no readable answer.`, {
      requested: python,
      stdout: r.stdout
    });
  }
}
function doesNotRun(python, why, stderr) {
  return new PythonInstallationError(`The interpreter ${python} does not run: ${why}`, {
    requested: python,
    reason: why,
    stderr: stderr.trim().slice(-2e3),
    hint: "The build may not suit this machine (libc, CPU) or the files are damaged; reinstall it."
  });
}
var DROPPED_EXACT, PROBE_SCRIPT;
var init_probe = __esm({
  "src/core/python/probe.ts"() {
    "use strict";
    init_errors();
    init_spawn();
    DROPPED_EXACT = /* @__PURE__ */ new Set(["VIRTUAL_ENV", "VIRTUAL_ENV_PROMPT", "CONDA_PREFIX", "__PYVENV_LAUNCHER__"]);
    PROBE_SCRIPT = String.raw`import os, sys
def q(s):
    out = []
    for c in s:
        o = ord(c)
        if 32 <= o < 127 and c != '"' and c != '\\': out.append(c)
        elif o > 0xFFFF: out.append('\\u%04x\\u%04x' % (0xD7C0 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        else: out.append('\\u%04x' % o)
    return '"' + ''.join(out) + '"'
v = sys.version_info
tag = {'alpha': 'a', 'beta': 'b', 'candidate': 'rc'}.get(v[3])
version = '%d.%d.%d' % tuple(v[:3]) + (tag + str(v[4]) if tag else '')
if os.name == 'nt' or not hasattr(sys, 'abiflags'):
    import platform, sysconfig
    machine, ft = platform.machine(), bool(sysconfig.get_config_var('Py_GIL_DISABLED'))
else:
    machine, ft = os.uname().machine, 't' in sys.abiflags
missing = []
for m in sys.argv[1:]:
    try: __import__(m)
    except Exception: missing.append(m)
b = lambda x: 'true' if x else 'false'
print('{"version": %s, "versionInfo": [%d, %d, %d, %s, %d], "implementation": %s, "executable": %s, '
  '"prefix": %s, "basePrefix": %s, "platform": %s, "sysVersion": %s, "machine": %s, "freethreaded": %s, '
  '"debug": %s, "missingModules": [%s]}' % (q(version), v[0], v[1], v[2], q(v[3]), v[4],
  q(sys.implementation.name), q(sys.executable), q(sys.prefix), q(sys.base_prefix), q(sys.platform),
  q(sys.version), q(machine), b(ft), b(hasattr(sys, 'gettotalrefcount')), ', '.join(q(m) for m in missing)))`;
  }
});

// src/core/uv/version-request.ts
var version_request_exports = {};
__export(version_request_exports, {
  exactWithoutLookup: () => exactWithoutLookup,
  parseUvVersionRequest: () => parseUvVersionRequest,
  pinnedUvVersion: () => pinnedUvVersion,
  tryParseUvVersionRequest: () => tryParseUvVersionRequest
});
function tryParseUvVersionRequest(raw) {
  const text3 = raw.trim();
  if (text3.toLowerCase() === "latest") return { kind: "latest", text: "latest" };
  const exact = EXACT_RE.exec(text3);
  if (exact) return { kind: "exact", version: exact[1], text: text3 };
  const pep = /^(===|==|!=|<=|>=|~=|<|>)/.test(text3) && !/\s[<>=!~]/.test(text3) ? text3 : npmRangeAsPep440(text3);
  const specifiers = pep === void 0 ? void 0 : parseSpecifiers(pep);
  if (!specifiers) return void 0;
  const withPre = specifiersMentionPrerelease(specifiers);
  return {
    kind: "range",
    text: text3,
    contains: (v) => {
      const parsed = parseVersion(v);
      return !!parsed && (withPre || !isPrerelease(parsed)) && specifiersContain(specifiers, parsed);
    }
  };
}
function npmRangeAsPep440(text3) {
  let m = new RegExp(`^${NUM}\\.${NUM}${WILD}$`).exec(text3);
  if (m) return `==${m[1]}.${m[2]}.*`;
  m = new RegExp(`^${NUM}\\.[xX*]$`).exec(text3);
  if (m) return `==${m[1]}.*`;
  m = new RegExp(`^([~^])${NUM}\\.${NUM}(?:\\.${NUM})?$`).exec(text3);
  if (m) {
    const [major, minor2, patch] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
    const low = `>=${major}.${minor2}.${patch}`;
    if (m[1] === "~" || major === 0 && minor2 > 0) return `${low},<${major}.${minor2 + 1}.0`;
    return major > 0 ? `${low},<${major + 1}.0.0` : `${low},<0.0.${patch + 1}`;
  }
  const parts = text3.split(/\s+/);
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
function exactWithoutLookup(req2, preferPinned) {
  if (req2.kind === "exact") return req2.version;
  if (preferPinned && req2.kind === "range" && req2.contains(DEFAULT_UV_VERSION)) return DEFAULT_UV_VERSION;
  return void 0;
}
function pinnedUvVersion(request) {
  const parsed = tryParseUvVersionRequest(request ?? DEFAULT_UV_VERSION);
  return parsed?.kind === "exact" ? parsed.version : void 0;
}
var EXACT_RE, NUM, WILD;
var init_version_request = __esm({
  "src/core/uv/version-request.ts"() {
    "use strict";
    init_errors();
    init_specifiers();
    init_version();
    init_triple();
    EXACT_RE = /^(?:==|v)?\s*(\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?)$/;
    NUM = String.raw`(\d+)`;
    WILD = String.raw`(?:\.[xX*])?`;
  }
});

// src/core/venvs/layout.ts
var layout_exports2 = {};
__export(layout_exports2, {
  META_DIR: () => META_DIR,
  readPyvenvCfg: () => readPyvenvCfg,
  setPyvenvCfgValue: () => setPyvenvCfgValue,
  sitePackagesDir: () => sitePackagesDir,
  sitePackagesDirs: () => sitePackagesDirs,
  treeSize: () => treeSize,
  validateVenvName: () => validateVenvName,
  venvBinDir: () => venvBinDir,
  venvPython: () => venvPython
});
function venvBinDir(venvDir) {
  return import_node_path12.default.join(venvDir, isWindowsHost() ? "Scripts" : "bin");
}
function venvPython(venvDir) {
  return import_node_path12.default.join(venvBinDir(venvDir), isWindowsHost() ? "python.exe" : "python");
}
function validateVenvName(name) {
  const bad = (why) => {
    throw new ConfigurationError(`Invalid virtual environment name ${JSON.stringify(name)}: ${why}.`, {
      requested: String(name),
      hint: 'Use letters, digits, ".", "_" and "-", e.g. "default" or "py311-tests".'
    });
  };
  if (typeof name !== "string" || name.length === 0) bad("it is empty");
  if (name !== name.trim()) bad("it has leading or trailing spaces");
  if (name === "." || name === ".." || name.includes("..")) bad('it contains ".."');
  if (/[/\\]/.test(name)) bad("it contains a path separator");
  if (/[\x00-\x1f\x7f<>:"|?*]/.test(name)) bad("it contains characters not allowed in file names");
  if (WINDOWS_DEVICE.test(name))
    bad("it is a Windows device name (CON, NUL, COM1...), with or without extension");
  if (/[. ]$/.test(name)) bad('it ends in "." or " ", which Windows strips');
  if (name === META_DIR || name.startsWith(".tmp-")) bad("it is reserved");
  if (name.length > 100) bad("it is longer than 100 characters");
  return name;
}
async function readPyvenvCfg(venvDir) {
  let text3;
  try {
    text3 = await fs3.readFile(import_node_path12.default.join(venvDir, "pyvenv.cfg"), "utf8");
  } catch {
    return void 0;
  }
  const out = {};
  for (const line of text3.split(/\r?\n/)) {
    const m = /^\s*([^=#]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2];
  }
  return out;
}
async function setPyvenvCfgValue(venvDir, key, value) {
  const file = import_node_path12.default.join(venvDir, "pyvenv.cfg");
  const text3 = await fs3.readFile(file, "utf8");
  const re = new RegExp(`^(\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=).*$`, "mi");
  const next = re.test(text3) ? text3.replace(re, `$1 ${value}`) : `${text3.replace(/\n?$/, "\n")}${key} = ${value}
`;
  await fs3.writeFile(file, next);
}
async function treeSize(dir2) {
  let total = 0;
  let entries;
  try {
    entries = await fs3.readdir(dir2, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = import_node_path12.default.join(dir2, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else total += (await fs3.lstat(p).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
async function sitePackagesDirs(venvDir) {
  const out = [];
  const win = import_node_path12.default.join(venvDir, "Lib", "site-packages");
  if (isDirSync(win)) out.push(win);
  for (const lib of ["lib", "lib64"]) {
    const base = import_node_path12.default.join(venvDir, lib);
    const st = (0, import_node_fs9.lstatSync)(base, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    let names = [];
    try {
      names = (0, import_node_fs9.readdirSync)(base);
    } catch {
      continue;
    }
    for (const d of names) {
      const sp = import_node_path12.default.join(base, d, "site-packages");
      if (d.startsWith("python") && isDirSync(sp)) out.push(sp);
    }
  }
  return out;
}
async function sitePackagesDir(venvDir) {
  const dirs = await sitePackagesDirs(venvDir);
  return dirs.length === 1 ? dirs[0] : void 0;
}
var import_node_fs9, import_node_path12, WINDOWS_DEVICE, META_DIR;
var init_layout2 = __esm({
  "src/core/venvs/layout.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    init_async_fs();
    import_node_path12 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_host();
    WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;
    META_DIR = ".pyembed";
  }
});

// src/core/venvs/relocate.ts
var relocate_exports = {};
__export(relocate_exports, {
  recordedVenvPath: () => recordedVenvPath,
  refuseStaleLaunchers: () => refuseStaleLaunchers,
  relocateVenv: () => relocateVenv
});
async function relocateVenv(venvDir, o) {
  const report = { rewritten: [], relinked: [], stale: [] };
  const from = import_node_path13.default.resolve(o.from);
  const to = import_node_path13.default.resolve(o.to);
  const cfg = await readPyvenvCfg(venvDir) ?? {};
  const oldHome = cfg.home;
  const newHome = o.basePython ? import_node_path13.default.dirname(import_node_path13.default.resolve(o.basePython)) : void 0;
  const pairs = [];
  if (from !== to) pairs.push([from, to]);
  if (from !== to && isWindowsHost()) pairs.push([from.replace(/\\/g, "/"), to.replace(/\\/g, "/")]);
  if (newHome && oldHome !== newHome) {
    await setPyvenvCfgValue(venvDir, "home", newHome);
    report.rewritten.push("pyvenv.cfg");
  }
  if (pairs.length && await rewriteFile(import_node_path13.default.join(venvDir, "pyvenv.cfg"), pairs))
    report.rewritten.push("pyvenv.cfg");
  const bin = venvBinDir(venvDir);
  if (o.basePython) report.relinked.push(...await restoreInterpreterLinks(venvDir, o.basePython, cfg));
  for (const e of await fs3.readdir(bin, { withFileTypes: true }).catch(() => [])) {
    const p = import_node_path13.default.join(bin, e.name);
    if (e.isSymbolicLink()) {
      if (await relink(p, from, to, o.basePython, oldHome)) report.relinked.push(import_node_path13.default.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await rewriteFile(p, pairs)) {
      report.rewritten.push(import_node_path13.default.relative(venvDir, p));
    } else if (e.isFile() && pairs.length && await binaryNames(p, from)) {
      report.stale.push(import_node_path13.default.relative(venvDir, p));
    }
  }
  for (const sp of await sitePackagesDirs(venvDir)) {
    for (const e of await fs3.readdir(sp, { withFileTypes: true }).catch(() => [])) {
      const p = import_node_path13.default.join(sp, e.name);
      if (e.isFile() && e.name.endsWith(".pth") && pairs.length && await rewriteFile(p, pairs)) {
        report.rewritten.push(import_node_path13.default.relative(venvDir, p));
      } else if (e.isSymbolicLink() && await relink(p, from, to)) {
        report.relinked.push(import_node_path13.default.relative(venvDir, p));
      }
    }
  }
  for (const name of await fs3.readdir(venvDir).catch(() => [])) {
    const p = import_node_path13.default.join(venvDir, name);
    const st = await fs3.lstat(p).catch(() => void 0);
    if (st?.isSymbolicLink() && await relink(p, from, to)) report.relinked.push(name);
  }
  return report;
}
function refuseStaleLaunchers(report, source) {
  if (report.stale.length === 0) return;
  throw new ConfigurationError(
    `Cannot move the venv from ${source}: ${report.stale.join(", ")} hold its absolute path in binary form.`,
    {
      requested: source,
      hint: "Recreate the source venv as relocatable (relocatable: true, the default on Windows), then copy it."
    }
  );
}
async function restoreInterpreterLinks(venvDir, basePython, cfg) {
  if (isWindowsHost()) return [];
  const bin = venvBinDir(venvDir);
  if (!await isDir(bin)) return [];
  const created = [];
  const mm = /^(\d+)\.(\d+)/.exec(cfg.version_info ?? cfg.version ?? "");
  const links = [["python", import_node_path13.default.resolve(basePython)]];
  if (mm) links.push([`python${mm[1]}`, "python"], [`python${mm[1]}.${mm[2]}`, "python"]);
  for (const [name, target] of links) {
    const p = import_node_path13.default.join(bin, name);
    if (await fs3.lstat(p).catch(() => void 0)) continue;
    await fs3.symlink(target, p);
    created.push(import_node_path13.default.relative(venvDir, p));
  }
  return created;
}
async function recordedVenvPath(venvDir) {
  const text3 = await fs3.readFile(import_node_path13.default.join(venvBinDir(venvDir), "activate"), "utf8").catch(() => void 0);
  const m = text3 ? /^\s*(?:export\s+)?VIRTUAL_ENV=(['"])(.+?)\1\s*$/m.exec(text3) : void 0;
  const value = m?.[2];
  if (value === void 0 || /[$`'"]/.test(value)) return void 0;
  return import_node_path13.default.posix.isAbsolute(value) || import_node_path13.default.win32.isAbsolute(value) ? value : void 0;
}
async function rewriteFile(file, pairs) {
  const st = await fs3.stat(file).catch(() => void 0);
  if (!st || !st.isFile() || st.size > MAX_TEXT) return false;
  const buf = await fs3.readFile(file);
  if (buf.subarray(0, 8192).includes(0)) return false;
  const text3 = buf.toString("utf8");
  let next = text3;
  for (const [a, b] of pairs) next = next.replace(wholePath(a), () => b);
  if (next === text3) return false;
  await fs3.writeFile(file, next, { mode: st.mode });
  await fs3.chmod(file, st.mode);
  return true;
}
async function binaryNames(file, p) {
  const st = await fs3.stat(file).catch(() => void 0);
  if (!st || st.size > MAX_TEXT) return false;
  const buf = await fs3.readFile(file);
  if (!buf.subarray(0, 8192).includes(0)) return false;
  return buf.includes(Buffer.from(p, "utf8")) || buf.includes(Buffer.from(p, "utf16le"));
}
function wholePath(p) {
  const esc = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${esc}(?=$|[\\\\/'"\`\\s:;,)\\]}])`, "gm");
}
async function relink(link, from, to, basePython, oldHome) {
  const target = await fs3.readlink(link).catch(() => void 0);
  if (target === void 0 || !import_node_path13.default.isAbsolute(target)) return false;
  let next;
  if (target === from || target.startsWith(from + import_node_path13.default.sep)) next = to + target.slice(from.length);
  else if (basePython && oldHome && import_node_path13.default.dirname(target) === oldHome) next = import_node_path13.default.resolve(basePython);
  else if (basePython && !await exists2(target)) next = import_node_path13.default.resolve(basePython);
  if (!next || next === target) return false;
  await fs3.rm(link, { force: true });
  await fs3.symlink(next, link);
  return true;
}
var import_node_path13, MAX_TEXT;
var init_relocate = __esm({
  "src/core/venvs/relocate.ts"() {
    "use strict";
    init_async_fs();
    import_node_path13 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_host();
    init_layout2();
    MAX_TEXT = 2 * 1024 * 1024;
  }
});

// src/core/config/keys.ts
function flagAttribute(flag) {
  return flag.replace(/^--/, "").replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}
var import_node_path14, InvalidValue, text2, httpUrl, urlOrDir, dir, int, byteSize, bool, list, oneOf, buildTag, repo, uvVersionRequest, host2, KEYS, KEY_BY_NAME;
var init_keys = __esm({
  "src/core/config/keys.ts"() {
    "use strict";
    import_node_path14 = __toESM(require("node:path"), 1);
    init_triple();
    init_version_request();
    init_options();
    InvalidValue = class extends Error {
    };
    text2 = (raw) => {
      if (typeof raw !== "string" && typeof raw !== "number") throw new InvalidValue(`expected a string`);
      const s = String(raw).trim();
      if (!s) throw new InvalidValue("is empty");
      return s;
    };
    httpUrl = (raw) => {
      const s = text2(raw);
      let u;
      try {
        u = new URL(s);
      } catch {
        throw new InvalidValue(`"${s}" is not a URL`);
      }
      if (u.protocol !== "http:" && u.protocol !== "https:")
        throw new InvalidValue(`"${s}" is not an http(s) URL`);
      return s;
    };
    urlOrDir = (raw, ctx) => {
      const s = text2(raw);
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
        const u = new URL(s);
        if (!["http:", "https:", "file:"].includes(u.protocol))
          throw new InvalidValue(`"${s}" is not an http(s) or file URL`);
        return s.replace(/\/+$/, "");
      }
      return import_node_path14.default.resolve(ctx.baseDir, s);
    };
    dir = (raw, ctx) => import_node_path14.default.resolve(ctx.baseDir, text2(raw));
    int = (min) => (raw) => {
      const s = typeof raw === "number" ? String(raw) : text2(raw);
      if (!/^\d+$/.test(s) || Number(s) < min) {
        throw new InvalidValue(`"${s}" is not an integer >= ${min}`);
      }
      return Number(s);
    };
    byteSize = (raw) => {
      const s = typeof raw === "number" ? String(raw) : text2(raw);
      const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(s);
      if (!m) throw new InvalidValue(`"${s}" is not a size (bytes, or like 500MiB, 4GiB)`);
      const n = Math.floor(Number(m[1]) * 1024 ** " kmg".indexOf(m[2].toLowerCase() || " "));
      if (n < 1) throw new InvalidValue(`"${s}" is not a size >= 1 byte`);
      return n;
    };
    bool = (raw) => {
      if (typeof raw === "boolean") return raw;
      const s = text2(raw).toLowerCase();
      if (["1", "true", "yes", "on"].includes(s)) return true;
      if (["0", "false", "no", "off"].includes(s)) return false;
      throw new InvalidValue(`"${s}" is not a boolean (use true/false, 1/0, yes/no)`);
    };
    list = (item) => (raw) => {
      const parts = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : [raw];
      return parts.filter((p) => p !== "").map((p) => item(p));
    };
    oneOf = (...values) => (raw) => {
      const s = text2(raw);
      if (!values.includes(s)) throw new InvalidValue(`"${s}" is not one of ${values.join(", ")}`);
      return s;
    };
    buildTag = (raw) => {
      const s = text2(raw);
      if (!/^\d{8}$/.test(s)) throw new InvalidValue(`"${s}" is not a PBS build date (YYYYMMDD)`);
      return s;
    };
    repo = (raw) => {
      const s = text2(raw);
      if (!/^[\w.-]+\/[\w.-]+$/.test(s)) throw new InvalidValue(`"${s}" is not owner/name`);
      return s;
    };
    uvVersionRequest = (raw) => {
      const s = text2(raw);
      if (!tryParseUvVersionRequest(s))
        throw new InvalidValue(
          `"${s}" is not a uv version (${DEFAULT_UV_VERSION}), "latest" or a range (">=0.13,<0.14")`
        );
      return s;
    };
    host2 = (raw) => {
      const s = text2(raw);
      if (!/^[\w.-]+(:\d+)?$/.test(s)) throw new InvalidValue(`"${s}" is not a host[:port]`);
      return s;
    };
    KEYS = [
      {
        key: "root",
        flag: "--root",
        arg: "dir",
        env: ["PYEMBED_ROOT"],
        parse: dir,
        fallback: (_o, env) => defaultRoot(env),
        describe: "directory of instances"
      },
      {
        key: "python",
        flag: "--python",
        arg: "spec",
        env: ["PYEMBED_PYTHON"],
        parse: text2,
        fallback: () => DEFAULT_PYTHON,
        describe: "Python spec; selects the instance (default: .python-version etc., else 3.12)"
      },
      {
        key: "build",
        flag: "--build",
        arg: "YYYYMMDD",
        env: ["PYEMBED_BUILD"],
        parse: buildTag,
        describe: "PBS build date to pin"
      },
      {
        key: "flavor",
        flag: "--flavor",
        arg: "name",
        env: ["PYEMBED_FLAVOR"],
        parse: oneOf("install_only_stripped", "install_only"),
        fallback: () => "install_only_stripped",
        describe: "archive flavour"
      },
      {
        key: "mirror",
        flag: "--mirror",
        arg: "url|dir",
        env: ["PYEMBED_MIRROR"],
        parse: urlOrDir,
        describe: "PBS archive mirror"
      },
      {
        key: "catalogSource",
        flag: "--catalog-source",
        arg: "source",
        env: ["PYEMBED_CATALOG_SOURCE"],
        parse: oneOf("snapshot", "ndjson", "github", "auto"),
        fallback: () => "auto",
        describe: "catalogue source"
      },
      {
        key: "ndjsonUrl",
        flag: "--ndjson-url",
        arg: "url",
        env: ["PYEMBED_NDJSON_URL"],
        parse: httpUrl,
        describe: "NDJSON index URL"
      },
      {
        key: "pythonDownloadsJsonUrl",
        flag: "--python-downloads-json-url",
        arg: "url|file",
        env: ["PYEMBED_PYTHON_DOWNLOADS_JSON_URL", "UV_PYTHON_DOWNLOADS_JSON_URL"],
        parse: urlOrDir,
        describe: "builds in uv's download-metadata.json format, consulted before the catalogue"
      },
      {
        key: "githubApiUrl",
        flag: "--github-api-url",
        arg: "url",
        env: ["PYEMBED_GITHUB_API_URL", "GITHUB_API_URL"],
        parse: (raw) => httpUrl(raw).replace(/\/+$/, ""),
        fallback: () => DEFAULT_GITHUB_API_URL,
        describe: "GitHub REST API root"
      },
      {
        key: "githubToken",
        flag: "--github-token",
        arg: "token",
        env: ["PYEMBED_GITHUB_TOKEN", "GITHUB_TOKEN"],
        parse: text2,
        secret: true,
        describe: "GitHub token"
      },
      {
        key: "pbsRepo",
        flag: "--pbs-repo",
        arg: "owner/name",
        env: ["PYEMBED_PBS_REPO"],
        parse: repo,
        fallback: () => DEFAULT_PBS_REPO2,
        describe: "python-build-standalone repository"
      },
      {
        key: "uvVersion",
        flag: "--uv-version",
        arg: "version",
        env: ["PYEMBED_UV_VERSION"],
        parse: uvVersionRequest,
        // no fallback: "not given" lets setup read the project's required-version before the pinned default
        describe: `uv version: exact, latest or a range (default: the project's required-version, else ${DEFAULT_UV_VERSION})`
      },
      {
        key: "uvPath",
        flag: "--uv-path",
        arg: "file",
        env: ["PYEMBED_UV_PATH"],
        parse: dir,
        describe: "uv binary to use"
      },
      {
        key: "uvDownloadUrl",
        flag: "--uv-download-url",
        arg: "url",
        env: ["PYEMBED_UV_DOWNLOAD_URL"],
        parse: urlOrDir,
        describe: "uv release base URL"
      },
      {
        key: "toolsDir",
        flag: "--tools-dir",
        arg: "dir",
        env: ["PYEMBED_TOOLS_DIR"],
        parse: dir,
        fallback: (o) => import_node_path14.default.join(o.root, "tools"),
        describe: "where the private uv lives"
      },
      {
        key: "indexUrl",
        flag: "--index-url",
        arg: "url",
        env: ["PYEMBED_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX_URL"],
        parse: httpUrl,
        describe: "package index"
      },
      {
        key: "extraIndexUrls",
        flag: "--extra-index-url",
        arg: "url",
        env: ["PYEMBED_EXTRA_INDEX_URL", "UV_INDEX", "UV_EXTRA_INDEX_URL"],
        // uv's UV_INDEX entries may be `name=url`; keep the URL part.
        parse: list((raw) => httpUrl(typeof raw === "string" ? raw.replace(/^[\w.-]+=(?=https?:)/, "") : raw)),
        fallback: () => [],
        describe: "extra package indexes"
      },
      {
        key: "trustedHosts",
        flag: "--trusted-host",
        arg: "host",
        env: ["PYEMBED_TRUSTED_HOST"],
        parse: list(host2),
        fallback: () => [],
        describe: "hosts trusted without TLS"
      },
      {
        key: "proxy",
        flag: "--proxy",
        arg: "url",
        env: ["PYEMBED_PROXY", "HTTPS_PROXY", "https_proxy"],
        parse: httpUrl,
        describe: "HTTPS proxy"
      },
      // Not `--no-proxy`: commander reads `--no-x` as the negation of `--x`.
      {
        key: "noProxy",
        flag: "--bypass-proxy",
        arg: "hosts",
        env: ["NO_PROXY", "no_proxy"],
        parse: text2,
        describe: "hosts bypassing the proxy"
      },
      {
        key: "timeoutMs",
        flag: "--timeout-ms",
        arg: "ms",
        env: ["PYEMBED_TIMEOUT_MS"],
        parse: int(1),
        fallback: () => 6e4,
        describe: "network timeout (ms)"
      },
      {
        key: "retries",
        flag: "--retries",
        arg: "n",
        env: ["PYEMBED_RETRIES"],
        parse: int(0),
        fallback: () => 4,
        describe: "download retries"
      },
      {
        key: "backoffMs",
        flag: "--backoff-ms",
        arg: "ms",
        env: ["PYEMBED_BACKOFF_MS"],
        parse: int(0),
        fallback: () => 500,
        describe: "first retry delay (ms)"
      },
      {
        key: "offline",
        flag: "--offline",
        env: ["PYEMBED_OFFLINE"],
        parse: bool,
        fallback: () => false,
        describe: "no network at all"
      },
      {
        key: "allowMissingChecksum",
        flag: "--allow-missing-checksum",
        env: ["PYEMBED_ALLOW_MISSING_CHECKSUM"],
        parse: bool,
        fallback: () => false,
        describe: "accept archives without a published checksum"
      },
      {
        key: "archiveMaxBytes",
        flag: "--archive-max-bytes",
        arg: "size",
        env: ["PYEMBED_ARCHIVE_MAX_BYTES"],
        parse: byteSize,
        describe: "refuse archives that unpack to more than this (bytes, or 500MiB / 4GiB; default 3GiB)"
      },
      {
        key: "archiveMaxRatio",
        flag: "--archive-max-ratio",
        arg: "n",
        env: ["PYEMBED_ARCHIVE_MAX_RATIO"],
        parse: int(1),
        describe: "refuse archives that inflate more than n times their compressed size (default 20)"
      }
    ];
    KEY_BY_NAME = new Map(KEYS.map((k) => [k.key, k]));
  }
});

// src/core/config/load.ts
function describeSource(s) {
  switch (s.kind) {
    case "flag":
      return s.label ?? `flag ${s.name}`;
    case "env":
      return `env ${s.name}`;
    case "file":
      return `config file ${s.name}`;
    default:
      return "default";
  }
}
function findConfigFile(cwd, env, explicit) {
  const named = explicit ?? (env.PYEMBED_CONFIG || void 0);
  if (named) {
    const file = import_node_path15.default.resolve(cwd, named);
    if (!(0, import_node_fs10.existsSync)(file)) {
      throw new ConfigurationError(`Config file ${file} does not exist.`, {
        key: "config",
        source: explicit ? "flag --config" : "env PYEMBED_CONFIG",
        requested: file,
        hint: "Point --config / PYEMBED_CONFIG at an existing JSON file, or unset it."
      });
    }
    return file;
  }
  return CONFIG_FILE_NAMES.map((n) => import_node_path15.default.join(cwd, n)).find((f) => (0, import_node_fs10.existsSync)(f));
}
function readConfigFile(file) {
  let data;
  try {
    data = JSON.parse((0, import_node_fs10.readFileSync)(file, "utf8"));
  } catch (e) {
    throw new ConfigurationError(`Config file ${file} is not valid JSON: ${e.message}`, {
      source: `config file ${file}`,
      requested: file,
      hint: "Fix the JSON syntax or remove the file."
    });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigurationError(`Config file ${file} must hold a JSON object.`, {
      source: `config file ${file}`,
      requested: file
    });
  }
  const out = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(data)) {
    if (name === "$schema") continue;
    const spec = KEY_BY_NAME.get(name) ?? KEY_BY_NAME.get(flagAttribute(`--${name}`));
    if (!spec) {
      throw new ConfigurationError(`Unknown key "${name}" in config file ${file}.`, {
        key: name,
        source: `config file ${file}`,
        available: KEYS.map((k) => k.key)
      });
    }
    if (value !== null && value !== void 0) out.set(spec, value);
  }
  return out;
}
function loadConfig(input = {}) {
  const env = input.env ?? process.env;
  const cwd = import_node_path15.default.resolve(input.cwd ?? process.cwd());
  const file = findConfigFile(cwd, env, input.configFile);
  const fileValues = file ? readConfigFile(file) : /* @__PURE__ */ new Map();
  const options = {};
  const sources = {};
  for (const spec of KEYS) {
    let raw;
    let source = { kind: "default" };
    let baseDir = cwd;
    const flagValue = input.flags?.[spec.key];
    const envName = spec.env.find((n) => env[n] !== void 0 && env[n] !== "");
    if (flagValue !== void 0 && !(Array.isArray(flagValue) && flagValue.length === 0)) {
      raw = flagValue;
      source = {
        kind: "flag",
        name: spec.flag,
        ...input.describeFlag ? { label: input.describeFlag(spec.key, spec.flag) } : {}
      };
    } else if (envName) {
      raw = env[envName];
      source = { kind: "env", name: envName };
    } else if (fileValues.has(spec)) {
      raw = fileValues.get(spec);
      source = { kind: "file", name: file };
      baseDir = import_node_path15.default.dirname(file);
    }
    let value;
    if (source.kind === "default") {
      value = spec.fallback?.(options, env);
    } else {
      try {
        value = spec.parse(raw, { baseDir });
      } catch (e) {
        if (!(e instanceof InvalidValue)) throw e;
        const where = describeSource(source);
        throw new ConfigurationError(`Invalid value for "${spec.key}" from ${where}: ${e.message}.`, {
          key: spec.key,
          source: where,
          requested: spec.secret ? "***" : String(raw),
          hint: `Fix ${where} (${spec.describe}).`
        });
      }
    }
    if (value !== void 0) options[spec.key] = value;
    sources[spec.key] = source;
  }
  return { options, sources, file };
}
var import_node_fs10, import_node_path15, CONFIG_FILE_NAMES;
var init_load = __esm({
  "src/core/config/load.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path15 = __toESM(require("node:path"), 1);
    init_errors();
    init_keys();
    CONFIG_FILE_NAMES = ["pyembed.json", ".pyembedrc.json"];
  }
});

// src/core/config/index.ts
var init_config = __esm({
  "src/core/config/index.ts"() {
    "use strict";
    init_options();
    init_keys();
    init_load();
  }
});

// src/action/config.ts
function actionConfig(inputs, env = process.env) {
  const toolCache = env.RUNNER_TOOL_CACHE || import_node_path16.default.join(import_node_os5.default.tmpdir(), "pyembed-tool-cache");
  const flags = {
    build: inputs.build,
    mirror: inputs.mirror,
    pythonDownloadsJsonUrl: inputs.pythonDownloadsJsonUrl,
    githubToken: inputs.githubToken,
    pbsRepo: inputs.pbsRepo,
    uvVersion: inputs.uvVersion,
    uvDownloadUrl: inputs.uvDownloadUrl,
    indexUrl: inputs.indexUrl,
    extraIndexUrls: inputs.extraIndexUrls.length ? inputs.extraIndexUrls : void 0,
    offline: inputs.offline || void 0,
    root: env.PYEMBED_ROOT ? void 0 : import_node_path16.default.join(toolCache, "python-embedded"),
    toolsDir: env.PYEMBED_TOOLS_DIR ? void 0 : import_node_path16.default.join(toolCache, "python-embedded-tools")
  };
  try {
    return loadConfig({ flags, env, cwd: inputs.workingDirectory });
  } catch (e) {
    if (e instanceof ConfigurationError && typeof e.details.key === "string" && INPUT_OF[e.details.key]) {
      const input = INPUT_OF[e.details.key];
      const source = String(e.details.source ?? "");
      if (source.startsWith("flag ")) {
        throw new ConfigurationError(e.message.replace(source, `input ${input}`), {
          ...e.details,
          source: `input ${input}`,
          hint: `Fix the "${input}" input.`
        });
      }
    }
    throw e;
  }
}
var import_node_path16, import_node_os5, INPUT_OF;
var init_config2 = __esm({
  "src/action/config.ts"() {
    "use strict";
    import_node_path16 = __toESM(require("node:path"), 1);
    import_node_os5 = __toESM(require("node:os"), 1);
    init_config();
    init_errors();
    INPUT_OF = {
      build: "build",
      mirror: "mirror",
      pythonDownloadsJsonUrl: "python-downloads-json-url",
      githubToken: "github-token",
      pbsRepo: "pbs-repo",
      uvVersion: "uv-version",
      uvDownloadUrl: "uv-download-url",
      indexUrl: "index-url",
      extraIndexUrls: "extra-index-url",
      offline: "offline"
    };
  }
});

// src/action/failure.ts
function failureLine(e) {
  if (isPythonEmbeddedError(e)) {
    const near = e.details.available?.length ? ` Available: ${e.details.available.slice(0, 8).join(", ")}.` : "";
    return oneLine(`${e.guidance}${/available/i.test(e.guidance) ? "" : near}`);
  }
  return oneLine(e instanceof Error ? e.message : String(e));
}
function reportFailure(e) {
  const line = failureLine(e);
  if (isPythonEmbeddedError(e)) debug(JSON.stringify(e.toJSON()));
  else if (e instanceof Error && e.stack) debug(e.stack);
  process.exitCode = 1;
  error(line, { title: isPythonEmbeddedError(e) ? e.name : "python-embedded" });
}
var oneLine;
var init_failure = __esm({
  "src/action/failure.ts"() {
    "use strict";
    init_core();
    init_errors();
    oneLine = (s) => s.replace(/\s*\n\s*/g, " ").trim();
  }
});

// src/core/uv/required-version.ts
function requiredVersionField(doc, isPyproject) {
  return isPyproject ? doc.tool?.uv?.["required-version"] : doc["required-version"];
}
function projectRequiredUvVersion(dirs) {
  for (const dir2 of dirs) {
    for (const name of ["uv.toml", "pyproject.toml"]) {
      const file = import_node_path17.default.join(dir2, name);
      if (!(0, import_node_fs11.existsSync)(file)) continue;
      const value = requiredVersionOf(file, name === "pyproject.toml");
      if (value !== void 0) return { request: parseUvVersionRequest(value, file), file };
    }
  }
  return void 0;
}
function requiredVersionOf(file, isPyproject) {
  let doc;
  try {
    doc = parse((0, import_node_fs11.readFileSync)(file, "utf8"));
  } catch {
    return void 0;
  }
  const value = requiredVersionField(doc, isPyproject);
  if (value === void 0) return void 0;
  if (typeof value !== "string" || !value.trim()) {
    throw new ConfigurationError(`${file}: uv's required-version must be a non-empty string.`, {
      key: "uvVersion",
      source: file,
      requested: String(value),
      hint: 'Write it as uv expects, e.g. required-version = ">=0.13".'
    });
  }
  return value.trim();
}
var import_node_fs11, import_node_path17;
var init_required_version = __esm({
  "src/core/uv/required-version.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_path17 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_version_request();
  }
});

// src/action/uv-version-file.ts
function uvVersionFromFile(file) {
  let text3;
  try {
    text3 = (0, import_node_fs12.readFileSync)(file, "utf8");
  } catch (e) {
    throw fileError(file, `it cannot be read (${e.code ?? e.message})`);
  }
  const found = import_node_path18.default.extname(file) === ".toml" ? fromToml(file, text3) : fromLines(file, text3);
  if (!found) throw fileError(file, "it names no uv version");
  const exact = /^(?:===?|v)?\s*(\d+\.\d+\.\d+\S*)$/.exec(found);
  return exact ? exact[1] : found;
}
function fileError(file, why) {
  return new ConfigurationError(`Input "version-file" names ${file}, but ${why}.`, {
    key: "version-file",
    source: "input version-file",
    requested: file,
    hint: "Point version-file at a uv.toml / pyproject.toml with required-version, a requirements file pinning uv==X.Y.Z, or a .tool-versions with a uv line; or set uv-version."
  });
}
function uvRequirement(line) {
  return /^uv\s*([=<>~!]=?=?\s*[^\s;\\]+(?:\s*,\s*[=<>~!]=?\s*[^\s,;\\]+)*)/.exec(
    line.split(";")[0].trim()
  )?.[1];
}
function fromLines(file, text3) {
  const lines = text3.split(/\r?\n/).map((l) => l.replace(/#.*/, "").trim());
  if (import_node_path18.default.basename(file) === ".tool-versions") {
    return lines.map((l) => /^uv\s+(\S+)/.exec(l)?.[1]).find(Boolean);
  }
  return lines.map(uvRequirement).find(Boolean)?.replace(/\s+/g, "");
}
function fromToml(file, text3) {
  let doc;
  try {
    doc = parse(text3);
  } catch (e) {
    throw fileError(file, `it is not valid TOML (${e.message.split("\n")[0]})`);
  }
  const isPyproject = import_node_path18.default.basename(file) === "pyproject.toml";
  const required = requiredVersionField(doc, isPyproject);
  if (typeof required === "string" && required.trim()) return required.trim();
  if (!isPyproject) return void 0;
  const deps = [
    ...doc.project?.dependencies ?? [],
    ...Object.values(doc.project?.["optional-dependencies"] ?? {}).flat(),
    ...Object.values(doc["dependency-groups"] ?? {}).flat()
  ].filter((d) => typeof d === "string");
  return deps.map(uvRequirement).find(Boolean)?.replace(/\s+/g, "");
}
var import_node_fs12, import_node_path18;
var init_uv_version_file = __esm({
  "src/action/uv-version-file.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_path18 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_required_version();
  }
});

// src/action/aliases.ts
function conflictingInputs(a, av, b, bv, hint) {
  return new ConfigurationError(
    `Inputs "${a}" (${JSON.stringify(av)}) and "${b}" (${JSON.stringify(bv)}) are both set and disagree.`,
    { key: a, source: `input ${a}`, requested: `${a}=${av}, ${b}=${bv}`, hint }
  );
}
function withAliases(get) {
  return (name) => {
    const value = get(name);
    const alias = ALIASES.find((a) => a.canonical === name);
    if (!alias) return value;
    const aliasValue = get(alias.alias);
    if (aliasValue === "") return value;
    if (value === "" || value === aliasValue || alias.both === "alias-wins") return aliasValue;
    throw conflictingInputs(
      name,
      value,
      alias.alias,
      aliasValue,
      `"${alias.alias}" is ${alias.peer}'s name for "${name}": keep one of them.`
    );
  };
}
function venvInput(get, abs) {
  const dir2 = withAliases(get)("venv");
  const activate = get("activate-environment") === "" ? void 0 : bool2(get, "activate-environment", true);
  if (FALSE_WORDS.includes(dir2)) {
    if (activate === true) {
      throw conflictingInputs(
        "activate-environment",
        get("activate-environment"),
        "venv",
        dir2,
        "activate-environment: true asks for a venv that venv: false turns off; keep one of them."
      );
    }
    return false;
  }
  if (activate === false) {
    if (dir2 === "") return false;
    const name = get("venv") ? "venv" : "venv-path";
    throw conflictingInputs(
      "activate-environment",
      get("activate-environment"),
      name,
      dir2,
      `activate-environment: false means no venv; drop "${name}", or drop activate-environment to use that venv.`
    );
  }
  return abs(TRUE_WORDS.includes(dir2) || dir2 === "" ? ".venv" : dir2);
}
function uvVersionInput(get, abs) {
  const version = withAliases(get)("uv-version");
  const file = get("version-file");
  if (file && version) {
    const name = get("uv-version") ? "uv-version" : "version";
    throw conflictingInputs(
      name,
      version,
      "version-file",
      file,
      `Give the uv version once: "${name}" or "version-file".`
    );
  }
  if (file) return uvVersionFromFile(abs(file));
  return version || void 0;
}
function pythonVersionFileInput(get, abs) {
  const given = get("python-version-file");
  if (given) return abs(given);
  const uvFile = get("version-file");
  if (!uvFile || get("python-version") || import_node_path19.default.basename(uvFile) !== ".tool-versions") return void 0;
  const file = abs(uvFile);
  let text3;
  try {
    text3 = (0, import_node_fs13.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
  return /^\s*python\s+\S/m.test(text3) ? file : void 0;
}
var import_node_fs13, import_node_path19, ALIASES, FALSE_WORDS, TRUE_WORDS;
var init_aliases = __esm({
  "src/action/aliases.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    import_node_path19 = __toESM(require("node:path"), 1);
    init_errors();
    init_inputs();
    init_uv_version_file();
    ALIASES = [
      { alias: "venv-path", canonical: "venv", peer: "setup-uv" },
      { alias: "version", canonical: "uv-version", peer: "setup-uv" },
      // github-token defaults to the runner's token in action.yml: a token given under setup-python's name wins
      { alias: "token", canonical: "github-token", peer: "setup-python", both: "alias-wins" }
    ];
    FALSE_WORDS = ["false", "False", "FALSE"];
    TRUE_WORDS = ["true", "True", "TRUE"];
  }
});

// src/action/cache-inputs.ts
function cacheInput(get) {
  const v = get("cache");
  const manager = PEER_MANAGERS.find((m) => m === v.toLowerCase());
  if (manager) return { on: true, manager };
  if (v === "") return {};
  try {
    return { on: bool2(get, "cache", true) };
  } catch {
    throw invalid2(
      "cache",
      v,
      `"${v}" is not a boolean or pip, pipenv, poetry`,
      "Use true, false, pip, pipenv or poetry."
    );
  }
}
function enableCacheInput(get) {
  const v = get("enable-cache");
  if (v === "" || v.toLowerCase() === "auto") return void 0;
  try {
    return bool2(get, "enable-cache", true);
  } catch {
    throw invalid2("enable-cache", v, `"${v}" is not true, false or auto`, "Use true, false or auto.");
  }
}
function conflict(a, av, b, bv) {
  return new ConfigurationError(`Inputs "${a}: ${av}" and "${b}: ${bv}" contradict each other.`, {
    key: a,
    source: `input ${a}`,
    requested: `${a}=${av}, ${b}=${bv}`,
    hint: `Set only one of "${a}" and "${b}" (${b} is the other action's name for the same setting).`
  });
}
function readCacheInputs(get) {
  const cache = cacheInput(get);
  const enable = enableCacheInput(get);
  if (cache.on !== void 0 && enable !== void 0 && cache.on !== enable) {
    throw conflict("cache", get("cache"), "enable-cache", get("enable-cache"));
  }
  const globs = list2(get, "cache-dependency-glob");
  const paths = list2(get, "cache-dependency-path");
  if (globs.length && paths.length && globs.join("\n") !== paths.join("\n")) {
    throw conflict("cache-dependency-glob", globs.join(","), "cache-dependency-path", paths.join(","));
  }
  return {
    enabled: enable ?? cache.on ?? true,
    restore: bool2(get, "restore-cache", true),
    save: bool2(get, "save-cache", true),
    saveExplicit: get("save-cache") !== "" && bool2(get, "save-cache", true),
    prune: bool2(get, "prune-cache", true),
    suffix: opt(get, "cache-suffix"),
    dependencyGlobs: globs.length ? globs : paths,
    localPath: opt(get, "cache-local-path"),
    ignoreNothingToCache: bool2(get, "ignore-nothing-to-cache", false),
    packageManager: cache.manager,
    python: bool2(get, "cache-python", false)
  };
}
function cachePolicy(c, o) {
  if (!c.enabled) return { restore: false, save: false };
  if (o.offline) {
    return { restore: false, save: false, reason: "offline: the Actions cache service is not used" };
  }
  if (o.event === "pull_request_target" && c.save && !c.saveExplicit) {
    return {
      restore: c.restore,
      save: false,
      reason: "pull_request_target: caches are not saved (set save-cache: true to save anyway)"
    };
  }
  return { restore: c.restore, save: c.save };
}
var PEER_MANAGERS;
var init_cache_inputs = __esm({
  "src/action/cache-inputs.ts"() {
    "use strict";
    init_errors();
    init_inputs();
    PEER_MANAGERS = ["pip", "pipenv", "poetry"];
  }
});

// src/action/peer-inputs.ts
function checkPeerInputs(get) {
  const notes = [];
  for (const p of PEER_INPUTS) {
    const value = get(p.name);
    if (value === "" || p.accepts?.includes(value)) continue;
    if (p.handling === "ignored") {
      notes.push(`Input "${p.name}" (${p.peer}'s) is ignored: ${p.why}.`);
      continue;
    }
    throw new ConfigurationError(`Input "${p.name}" (${p.peer}'s) cannot be honoured here: ${p.why}.`, {
      key: p.name,
      source: `input ${p.name}`,
      requested: value,
      hint: p.hint
    });
  }
  return notes;
}
var PEER_INPUTS;
var init_peer_inputs = __esm({
  "src/action/peer-inputs.ts"() {
    "use strict";
    init_errors();
    PEER_INPUTS = [
      {
        name: "ignore-platform-version",
        peer: "setup-python",
        handling: "ignored",
        why: "python-build-standalone builds run on any version of the OS, so there is no platform version to match"
      },
      {
        name: "ignore-empty-workdir",
        peer: "setup-uv",
        handling: "ignored",
        why: "an empty working directory is never an error here"
      },
      {
        name: "no-project",
        peer: "setup-uv",
        handling: "ignored",
        why: "the venv is always made from the installed interpreter, never from a project (uv venv --no-project)"
      },
      {
        name: "download-from-astral-mirror",
        peer: "setup-uv",
        handling: "ignored",
        why: "uv comes from uv-download-url (GitHub releases of astral-sh/uv by default), checksum-verified"
      },
      {
        name: "quiet",
        peer: "setup-uv",
        handling: "ignored",
        why: "the step's log level is the runner's (ACTIONS_STEP_DEBUG)"
      },
      {
        name: "manifest-file",
        peer: "setup-uv",
        handling: "refused",
        why: "uv comes from uv-download-url (<base>/<version>/<asset> with its .sha256), not from a versions manifest",
        hint: "Drop manifest-file; point uv-download-url at a mirror of the uv releases instead."
      },
      {
        name: "resolution-strategy",
        peer: "setup-uv",
        handling: "refused",
        accepts: ["highest"],
        why: 'a uv version range resolves to the highest matching release; "lowest" is not supported',
        hint: "Drop resolution-strategy, or pin the exact uv version you want (uv-version / version)."
      }
    ];
  }
});

// src/action/inputs.ts
function invalid2(name, value, why, hint) {
  return new ConfigurationError(`Invalid value for input "${name}": ${why}.`, {
    key: name,
    source: `input ${name}`,
    requested: value,
    hint
  });
}
function bool2(get, name, dflt) {
  const v = get(name);
  if (v === "") return dflt;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw invalid2(name, v, `"${v}" is not a boolean`, `Use true or false.`);
}
function list2(get, name) {
  return get(name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
function seedInput(get, caching, venv) {
  if (get("seed") !== "") return bool2(get, "seed", false);
  return caching.packageManager !== void 0 && venv !== false;
}
function pipVersionInput(get) {
  const v = opt(get, "pip-version");
  if (v === void 0 || /^\d+(\.\d+)*$/.test(v)) return v;
  throw invalid2("pip-version", v, `"${v}" is not a pip release`, "Use an exact pip version such as 24.3.1.");
}
function diagnoseInput(get) {
  const diagnoseRaw = get("diagnose") || "false";
  const diagnose = ["true", "True", "TRUE"].includes(diagnoseRaw) ? "on" : ["false", "False", "FALSE"].includes(diagnoseRaw) ? "off" : diagnoseRaw.toLowerCase() === "strict" ? "strict" : void 0;
  if (!diagnose) {
    throw invalid2(
      "diagnose",
      diagnoseRaw,
      `"${diagnoseRaw}" is not true, false or strict`,
      "Use true, false or strict."
    );
  }
  return diagnose;
}
function buildInput(get) {
  const build = opt(get, "build");
  if (build !== void 0 && !/^\d{8}$/.test(build)) {
    throw invalid2(
      "build",
      build,
      `"${build}" is not a PBS build date`,
      "Use a release tag like 20250814, or leave it empty for the newest."
    );
  }
  return build;
}
function readInputs(given = envInput(), env = process.env) {
  const peerNotes = checkPeerInputs(given);
  const get = withAliases(given);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = import_node_path20.default.resolve(workspace, get("working-directory") || ".");
  const abs = (p) => import_node_path20.default.resolve(workingDirectory, p);
  const absOpt = (name) => {
    const v = opt(get, name);
    return v === void 0 ? void 0 : abs(v);
  };
  const caching = readCacheInputs(get);
  const venv = venvInput(given, abs);
  return {
    pythonVersion: opt(get, "python-version"),
    pythonVersionFile: pythonVersionFileInput(given, abs),
    build: buildInput(get),
    architecture: opt(get, "architecture"),
    freethreaded: bool2(get, "freethreaded", false),
    checkLatest: bool2(get, "check-latest", false),
    mirror: opt(get, "mirror"),
    pythonDownloadsJsonUrl: opt(get, "python-downloads-json-url"),
    pbsRepo: opt(get, "pbs-repo"),
    githubToken: opt(get, "github-token"),
    uvVersion: uvVersionInput(given, abs),
    uvDownloadUrl: opt(get, "uv-download-url"),
    indexUrl: opt(get, "index-url"),
    extraIndexUrls: list2(get, "extra-index-url"),
    offline: bool2(get, "offline", false),
    venv,
    requirements: list2(get, "requirements").map(abs),
    constraints: list2(get, "constraints").map(abs),
    pyproject: absOpt("pyproject"),
    editable: get("editable") === "" ? void 0 : bool2(get, "editable", false),
    extras: get("extras").split(/[\s,]+/).filter(Boolean),
    caching,
    addProblemMatchers: bool2(get, "add-problem-matchers", true),
    import: absOpt("import"),
    // uv projects
    lock: opt(get, "lock"),
    groups: get("groups").split(/[\s,]+/).filter(Boolean),
    allGroups: bool2(get, "all-groups", false),
    noDefaultGroups: bool2(get, "no-default-groups", false),
    allExtras: bool2(get, "all-extras", false),
    workspacePackage: opt(get, "workspace-package"),
    seed: seedInput(get, caching, venv),
    updateEnvironment: bool2(get, "update-environment", true),
    export: absOpt("export"),
    diagnose: diagnoseInput(get),
    allowPrereleases: bool2(get, "allow-prereleases", false),
    toolDir: absOpt("tool-dir"),
    toolBinDir: absOpt("tool-bin-dir"),
    uvChecksum: opt(get, "checksum"),
    pipVersion: pipVersionInput(get),
    peerNotes,
    workingDirectory
  };
}
var import_node_path20, envInput, opt;
var init_inputs = __esm({
  "src/action/inputs.ts"() {
    "use strict";
    import_node_path20 = __toESM(require("node:path"), 1);
    init_errors();
    init_aliases();
    init_cache_inputs();
    init_peer_inputs();
    envInput = (env = process.env) => (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    opt = (get, name) => get(name) || void 0;
  }
});

// src/action/outputs.ts
function uvxPath(uvPath) {
  const uvx = import_node_path21.default.join(import_node_path21.default.dirname(uvPath), process.platform === "win32" ? "uvx.exe" : "uvx");
  return (0, import_node_fs14.existsSync)(uvx) ? uvx : "";
}
function setOutputs(r) {
  setOutput2("python-version", r.python.label);
  setOutput2("python-versions", JSON.stringify(r.pythons.map((p) => p.label)));
  setOutput2("python-path", r.venv?.pythonPath ?? r.python.pythonPath);
  setOutput2("python-build", r.python.build);
  setOutput2("python-cache-hit", r.python.cacheHit);
  setOutput2("uv-version", r.uv.version);
  setOutput2("uv-path", r.uv.path);
  setOutput2("uvx-path", uvxPath(r.uv.path));
  setOutput2("venv-path", r.venv?.path ?? "");
  setOutput2("venv", r.venv?.path ?? "");
  setOutput2("cache-hit", r.uvCache.hit);
  setOutput2("cache-key", r.uvCache.key ?? "");
  setOutput2("export-path", r.exportPath ?? "");
  setOutput2("lock-used", Boolean(r.packages?.lock));
  setOutput2("diagnose-report", r.diagnose?.reportPath ?? "");
}
function defaultToolBinDir(env) {
  if (env.XDG_BIN_HOME) return env.XDG_BIN_HOME;
  if (env.XDG_DATA_HOME) return import_node_path21.default.join(env.XDG_DATA_HOME, "..", "bin");
  return import_node_path21.default.join(env.HOME || import_node_os6.default.homedir(), ".local", "bin");
}
function exportPythonLocation(pyDir, env) {
  exportVariable2("pythonLocation", pyDir);
  exportVariable2("Python_ROOT_DIR", pyDir);
  exportVariable2("Python3_ROOT_DIR", pyDir);
  if (!isWindowsHost()) {
    const pc = import_node_path21.default.join(pyDir, "lib", "pkgconfig");
    const rest = (env.PKG_CONFIG_PATH ?? "").split(import_node_path21.default.delimiter).filter((p) => p && p !== pc);
    exportVariable2("PKG_CONFIG_PATH", [pc, ...rest].join(import_node_path21.default.delimiter));
  }
}
function updateEnvironment(r, inputs, env = process.env) {
  exportPythonLocation(r.python.pythonDir, env);
  if (r.uvCache.dir) exportVariable2("UV_CACHE_DIR", r.uvCache.dir);
  for (const other of r.pythons.slice(0, -1)) addPath(import_node_path21.default.dirname(other.pythonPath));
  if (inputs.toolDir) exportVariable2("UV_TOOL_DIR", inputs.toolDir);
  if (inputs.toolBinDir) exportVariable2("UV_TOOL_BIN_DIR", inputs.toolBinDir);
  if (env.UV_NO_MODIFY_PATH !== void 0) {
    info("UV_NO_MODIFY_PATH is set: uv and its tool directory are not put on PATH.");
  } else {
    addPath(inputs.toolBinDir ?? defaultToolBinDir(env));
    addPath(import_node_path21.default.dirname(r.uv.path));
  }
  if (r.venv) {
    exportVariable2("VIRTUAL_ENV", r.venv.path);
    exportVariable2("UV_PYTHON", r.venv.pythonPath);
    addPath(r.venv.binDir);
  } else {
    exportVariable2("UV_PYTHON", r.python.pythonPath);
    for (const dir2 of interpreterPathEntries(r.python.pythonPath).reverse()) addPath(dir2);
  }
}
var import_node_fs14, import_node_os6, import_node_path21;
var init_outputs = __esm({
  "src/action/outputs.ts"() {
    "use strict";
    init_core();
    import_node_fs14 = require("node:fs");
    import_node_os6 = __toESM(require("node:os"), 1);
    import_node_path21 = __toESM(require("node:path"), 1);
    init_host();
    init_python_layout();
    init_file_commands();
  }
});

// src/action/python-matcher.json
var python_matcher_default;
var init_python_matcher = __esm({
  "src/action/python-matcher.json"() {
    python_matcher_default = {
      problemMatcher: [
        {
          owner: "pyembed-python",
          pattern: [
            {
              regexp: '^\\s*File\\s"(.*)",\\sline\\s(\\d+),\\sin\\s(.*)$',
              file: 1,
              line: 2
            },
            {
              regexp: `^\\s*raise\\s(.*)\\(['"](.*)['"]\\)$`,
              message: 2
            }
          ]
        }
      ]
    };
  }
});

// src/action/problem-matcher.ts
async function addPythonProblemMatcher(runnerTemp, write = (l) => process.stdout.write(`${l}
`)) {
  const file = import_node_path22.default.join(runnerTemp, "pyembed-python-matcher.json");
  (0, import_node_fs15.mkdirSync)(runnerTemp, { recursive: true });
  (0, import_node_fs15.writeFileSync)(file, JSON.stringify(python_matcher_default, null, 2));
  write(`::add-matcher::${file}`);
  return file;
}
var import_node_fs15, import_node_path22, MATCHER_OWNER;
var init_problem_matcher = __esm({
  "src/action/problem-matcher.ts"() {
    "use strict";
    import_node_fs15 = require("node:fs");
    import_node_path22 = __toESM(require("node:path"), 1);
    init_python_matcher();
    MATCHER_OWNER = python_matcher_default.problemMatcher[0].owner;
  }
});

// src/action/summary.ts
async function writeSummary(r, extraMarkdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = summary.addHeading("Setup Python Embedded", 3).addTable([
    [
      { data: "asked", header: true },
      { data: "resolved", header: true },
      { data: "build", header: true },
      { data: "from tool cache", header: true },
      { data: "uv", header: true },
      { data: "uv cache hit", header: true },
      { data: "packages", header: true }
    ],
    [
      `${r.requested.spec} (${r.requested.source})`,
      `${r.python.version} (${r.python.key})`,
      r.python.build,
      yes(r.python.cacheHit),
      `${r.uv.version} (${r.uv.source})`,
      r.uvCache.enabled ? yes(r.uvCache.hit) : "cache off",
      r.packages ? String(r.packages.installed) : "-"
    ]
  ]);
  if (r.python.url) s.addRaw(`
Source: <code>${escapeHtml(r.python.url)}</code>
`, true);
  s.addTable([
    [
      { data: "phase", header: true },
      { data: "time", header: true }
    ],
    ...r.phases.map((p) => [p.name, ms(p.ms)]),
    ["total", ms(r.phases.reduce((a, p) => a + p.ms, 0))]
  ]);
  const paths = [
    ["python", r.venv?.pythonPath ?? r.python.pythonPath],
    ...r.venv ? [["venv", r.venv.path]] : [],
    ...lockRows(r),
    ...r.exportPath ? [["export", r.exportPath]] : [],
    ...r.diagnose ? [["diagnose report", r.diagnose.reportPath]] : []
  ];
  s.addList(paths.map(([k, v]) => `${k}: <code>${escapeHtml(v)}</code>`));
  if (extraMarkdown) s.addRaw(extraMarkdown, true);
  (0, import_node_fs16.appendFileSync)(process.env.GITHUB_STEP_SUMMARY, s.stringify());
  s.emptyBuffer();
}
function lockRows(r) {
  const lock = r.packages?.lock;
  if (!lock) return [];
  const named = (xs, none) => xs.length ? xs.join(", ") : none;
  return [
    [`lock (${lock.mode})`, lock.file],
    ["groups", named(lock.groups, "none")],
    ["extras", named(lock.extras, "none")]
  ];
}
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var import_node_fs16, ms, yes;
var init_summary2 = __esm({
  "src/action/summary.ts"() {
    "use strict";
    init_core();
    import_node_fs16 = require("node:fs");
    ms = (n) => n >= 1e3 ? `${(n / 1e3).toFixed(1)} s` : `${Math.round(n)} ms`;
    yes = (b) => b ? "yes" : "no";
  }
});

// cjs-lazy-lib:@actions/cache
var require_cache = __commonJS({
  "cjs-lazy-lib:@actions/cache"(exports2, module2) {
    module2.exports = require("./lib-actions-cache.js");
  }
});

// src/action/uv-cache.ts
function uvCacheDir(env = process.env, localPath) {
  if (localPath) return import_node_path23.default.resolve(localPath);
  if (env.UV_CACHE_DIR) return import_node_path23.default.resolve(env.UV_CACHE_DIR);
  return import_node_path23.default.join(import_node_os7.default.homedir(), ".cache", "pyembed-uv");
}
function cachePathArg(dir2, home = import_node_os7.default.homedir()) {
  const rel = import_node_path23.default.relative(home, dir2);
  if (rel && !rel.startsWith("..") && !import_node_path23.default.isAbsolute(rel)) return `~/${rel.split(import_node_path23.default.sep).join("/")}`;
  return dir2;
}
async function cacheServiceAvailable(env = process.env) {
  if (!env.ACTIONS_CACHE_URL && !env.ACTIONS_RESULTS_URL && !env.LOCAL_ACTION_CACHE_PATH) return false;
  const probe = (await loadCache()).isFeatureAvailable;
  return typeof probe === "function" ? probe() : true;
}
async function restoreCachePaths(what, paths, primary, restoreKeys = []) {
  if (!await cacheServiceAvailable()) {
    info(`The Actions cache service is not available here; the ${what} is not restored.`);
    return void 0;
  }
  try {
    const matched = await (await loadCache()).restoreCache(paths, primary, restoreKeys);
    info(matched ? `${what} restored from ${matched}.` : `No ${what} for ${primary}.`);
    return matched;
  } catch (e) {
    warning(`${what} restore failed (continuing without it): ${e.message}`);
    return void 0;
  }
}
async function restoreUvCache(o) {
  saveState2(STATE.key, o.primary);
  saveState2(STATE.dir, o.dir);
  if (!o.restore) return false;
  const matched = await restoreCachePaths("uv cache", [cachePathArg(o.dir)], o.primary, [o.restorePrefix]);
  if (matched) saveState2(STATE.matched, matched);
  return matched === o.primary;
}
var import_node_os7, import_node_path23, STATE, loadCache;
var init_uv_cache = __esm({
  "src/action/uv-cache.ts"() {
    "use strict";
    init_core();
    init_async_fs();
    import_node_os7 = __toESM(require("node:os"), 1);
    import_node_path23 = __toESM(require("node:path"), 1);
    init_file_commands();
    STATE = {
      key: "uv-cache-key",
      matched: "uv-cache-matched-key",
      dir: "uv-cache-dir",
      uv: "uv-path",
      uvVersion: "uv-version",
      healthy: "setup-completed",
      /** 'true' when the cache policy allows saving (see cache-inputs.ts cachePolicy). */
      save: "uv-cache-save",
      prune: "uv-cache-prune",
      quietEmpty: "uv-cache-quiet-empty"
    };
    loadCache = () => Promise.resolve().then(() => __toESM(require_cache(), 1));
  }
});

// cold-entry:src/action/import-step.ts
var require_import_step = __commonJS({
  "cold-entry:src/action/import-step.ts"(exports2, module2) {
    module2.exports = require("./main-cold.cjs")("src/action/import-step.ts");
  }
});

// cold-entry:src/core/instances/index.ts
var require_instances = __commonJS({
  "cold-entry:src/core/instances/index.ts"(exports2, module2) {
    module2.exports = require("./main-cold.cjs")("src/core/instances/index.ts");
  }
});

// src/core/setup/installer.ts
function managerOptions(o) {
  const { root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger } = o;
  return {
    ...{ root, mirror, allowMissingChecksum, retries, timeoutMs, backoffMs, offline, logger },
    token: o.githubToken,
    archiveLimits: { maxBytes: o.archiveMaxBytes, maxRatio: o.archiveMaxRatio }
  };
}
function managerInstaller(o) {
  let manager;
  const get = (ctx) => manager ??= Promise.resolve().then(() => __toESM(require_instances(), 1)).then(
    ({ PythonManager }) => new PythonManager(managerOptions({ ...o, logger: o.logger ?? ctx.logger }))
  );
  return {
    name: "pyembed",
    async install(build, ctx) {
      const r = await (await get(ctx)).installBuild(build, { signal: ctx.signal, onProgress: ctx.onProgress });
      return {
        pythonPath: r.instance.pythonPath,
        pythonDir: r.instance.pythonDir,
        version: r.instance.version,
        cacheHit: !r.downloaded,
        instanceDir: r.instance.dir
      };
    },
    async export(installed, build, archivePath, ctx) {
      const key = installed.instanceDir ? import_node_path24.default.basename(installed.instanceDir) : build.key;
      return (await get(ctx)).exportInstance(key, archivePath, {
        build: build.build,
        platform: build.platform
      });
    }
  };
}
var import_node_path24;
var init_installer = __esm({
  "src/core/setup/installer.ts"() {
    "use strict";
    import_node_path24 = __toESM(require("node:path"), 1);
  }
});

// src/core/catalog/from-config.ts
function catalogOptions(o) {
  return {
    source: o.offline ? "snapshot" : o.catalogSource,
    ndjsonUrl: o.ndjsonUrl,
    downloadsJson: o.pythonDownloadsJsonUrl,
    offline: o.offline,
    apiUrl: o.githubApiUrl,
    token: o.githubToken,
    pbsRepo: o.pbsRepo,
    cacheDir: import_node_path25.default.join(o.root, ".catalog")
  };
}
var import_node_path25;
var init_from_config = __esm({
  "src/core/catalog/from-config.ts"() {
    "use strict";
    import_node_path25 = __toESM(require("node:path"), 1);
    init_catalog();
  }
});

// src/core/packages/spec.ts
function normalizePackageName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function refuse(spec, why) {
  throw new InvalidPackageSpecificationError(
    `Invalid package specification ${JSON.stringify(spec)}: ${why}.`,
    {
      requested: spec,
      hint: 'Use a PEP 508 requirement such as "requests", "requests==2.31.0", "pkg[extra]>=1,<2" or "pkg @ https://...".'
    }
  );
}
function parsePackageSpec(spec) {
  if (typeof spec !== "string") refuse(String(spec), "not a string");
  const s = spec.trim();
  if (!s) refuse(spec, "it is empty");
  if (s.startsWith("-")) refuse(spec, 'it starts with "-" and would be read as a command-line option');
  if (/[\x00-\x1f\x7f]/.test(s)) refuse(spec, "it contains control characters");
  if (/(^|\s)--?[A-Za-z]/.test(s)) refuse(spec, "it contains a command-line option");
  const m = REQ_RE.exec(s);
  if (!m) refuse(spec, "it is not a PEP 508 requirement");
  const [, name, extras, specifier, url, marker] = m;
  if (url !== void 0 && !URL_SCHEMES.test(url))
    refuse(spec, `the direct reference ${JSON.stringify(url)} is not a URL`);
  if (marker !== void 0 && (!MARKER_RE.test(marker) || !/[<>=!~]|\bin\b/.test(marker))) {
    refuse(spec, `the environment marker ${JSON.stringify(marker)} is malformed`);
  }
  return {
    name,
    normalizedName: normalizePackageName(name),
    extras: extras ? extras.split(",").map((e) => e.trim()) : [],
    specifier: (specifier ?? "").replace(/^\(\s*|\s*\)$/g, "").replace(/\s+/g, ""),
    url,
    marker: marker?.trim()
  };
}
function isValidPackageSpec(spec) {
  try {
    parsePackageSpec(spec);
    return true;
  } catch {
    return false;
  }
}
function validatePackageName(name) {
  if (typeof name !== "string" || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid package name ${JSON.stringify(name)}.`, {
      requested: String(name),
      hint: 'A package name is letters, digits, ".", "_" and "-", starting and ending with a letter or digit.'
    });
  }
  return name.trim();
}
function validateVersion(version) {
  if (typeof version !== "string" || !VERSION_RE2.test(version.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid version ${JSON.stringify(version)}.`, {
      requested: String(version),
      hint: "Give one version such as 1.2.3."
    });
  }
  return version.trim();
}
function validateExtraName(kind, name) {
  if (typeof name !== "string" || !NAME_RE.test(name.trim())) {
    throw new InvalidPackageSpecificationError(`Invalid ${kind} name ${JSON.stringify(name)}.`, {
      requested: String(name),
      hint: `Name the ${kind} as the pyproject.toml lists it (letters, digits, ".", "_", "-").`
    });
  }
  return name.trim();
}
var NAME, VERSION2, ONE, SPECS, NAME_RE, VERSION_RE2, REQ_RE, MARKER_RE, URL_SCHEMES;
var init_spec2 = __esm({
  "src/core/packages/spec.ts"() {
    "use strict";
    init_errors();
    NAME = String.raw`[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`;
    VERSION2 = String.raw`[A-Za-z0-9_.*+!]+(?:-[A-Za-z0-9_.*+!]+)*`;
    ONE = String.raw`(?:~=|===|==|!=|<=|>=|<|>)\s*${VERSION2}`;
    SPECS = String.raw`${ONE}(?:\s*,\s*${ONE})*`;
    NAME_RE = new RegExp(`^${NAME}$`);
    VERSION_RE2 = new RegExp(`^${VERSION2}$`);
    REQ_RE = new RegExp(
      String.raw`^(${NAME})\s*(?:\[\s*(${NAME}(?:\s*,\s*${NAME})*)?\s*\])?\s*` + String.raw`(?:(\(\s*${SPECS}\s*\)|${SPECS})|@\s*(\S+))?\s*(?:;\s*(.+))?$`
    );
    MARKER_RE = /^[A-Za-z0-9_.\s'"<>=!~(),*+-]+$/;
    URL_SCHEMES = /^(?:https?|file|git\+https?|git\+ssh|git\+file|hg\+https?|svn\+https?|bzr\+https?):\/\//i;
  }
});

// src/core/packages/project-plan.ts
function checkLockMode(value) {
  const mode = (value ?? "auto").trim() || "auto";
  if (LOCK_MODES.includes(mode)) return mode;
  throw new ConfigurationError(
    `lock must be one of ${LOCK_MODES.join(", ")}, not ${JSON.stringify(value)}.`,
    {
      key: "lock",
      requested: value,
      available: [...LOCK_MODES],
      hint: "auto installs uv.lock when the project has one, frozen installs it unchecked, ignore resolves afresh."
    }
  );
}
async function readToml(file, key, hint) {
  const text3 = await fs3.readFile(file, "utf8");
  try {
    return parse(text3);
  } catch (e) {
    const why = e.message.split("\n")[0];
    throw new RequirementsFileError(`${file} is not valid TOML: ${why}`, { key, requested: file, hint });
  }
}
async function findLock(dir2) {
  if (await isFile(import_node_path26.default.join(dir2, "uv.lock"))) return import_node_path26.default.join(dir2, "uv.lock");
  for (let d = import_node_path26.default.dirname(dir2); import_node_path26.default.dirname(d) !== d; d = import_node_path26.default.dirname(d)) {
    const text3 = await fs3.readFile(import_node_path26.default.join(d, "pyproject.toml"), "utf8").catch(() => "");
    if (/^\s*\[tool\.uv\.workspace\]/m.test(text3)) {
      return await isFile(import_node_path26.default.join(d, "uv.lock")) ? import_node_path26.default.join(d, "uv.lock") : void 0;
    }
  }
  return void 0;
}
async function planProject(projectPath2, request, indexes) {
  const mode = checkLockMode(request.lock);
  const dir2 = await isFile(projectPath2) ? import_node_path26.default.dirname(projectPath2) : projectPath2;
  const pyprojectFile2 = import_node_path26.default.join(dir2, "pyproject.toml");
  if (mode === "ignore" || !await isFile(pyprojectFile2)) return void 0;
  const lockFile = await findLock(dir2);
  if (!lockFile) {
    if (mode === "frozen") {
      throw new ConfigurationError(`lock: frozen installs uv.lock, but there is none at or above ${dir2}.`, {
        key: "lock",
        requested: dir2,
        hint: "Create it with `uv lock` and commit it, or use lock: auto."
      });
    }
    return void 0;
  }
  const relock = `Re-lock with \`uv lock\` in ${import_node_path26.default.dirname(lockFile)} and commit uv.lock, or use lock: ignore.`;
  const lock = await readToml(lockFile, "lock", relock);
  const pyproject = await readToml(pyprojectFile2, "pyproject", "Fix the TOML syntax of pyproject.toml.");
  const member = request.workspacePackage ? await memberProject(lock, import_node_path26.default.dirname(lockFile), request.workspacePackage) : pyproject;
  checkIndexes(lock, lockFile, indexes);
  const groups = checkGroups(member, request.groups ?? []);
  const extras = checkExtras(member, request.extras ?? []);
  return {
    dir: dir2,
    lockFile,
    mode: mode === "frozen" ? "frozen" : "locked",
    virtual: !isTable(member["build-system"]),
    groups,
    allGroups: Boolean(request.allGroups),
    noDefaultGroups: Boolean(request.noDefaultGroups),
    extras,
    allExtras: Boolean(request.allExtras),
    workspacePackage: request.workspacePackage,
    editable: request.editable !== false
  };
}
async function checkProjectGroups(projectPath2, groups) {
  const dir2 = await isFile(projectPath2) ? import_node_path26.default.dirname(projectPath2) : projectPath2;
  const file = import_node_path26.default.join(dir2, "pyproject.toml");
  if (!groups.length || !await isFile(file)) return;
  checkGroups(await readToml(file, "pyproject", "Fix the TOML syntax of pyproject.toml."), groups);
}
async function memberProject(lock, root, name) {
  const packages = Array.isArray(lock.package) ? lock.package : [];
  const local = packages.filter((p) => {
    const source2 = isTable(p.source) ? p.source : {};
    return "editable" in source2 || "virtual" in source2 || "directory" in source2;
  });
  const found = local.find((p) => normalize(String(p.name)) === normalize(name));
  if (!found) {
    throw new ConfigurationError(
      `workspace-package ${JSON.stringify(name)} is not a member of the workspace.`,
      {
        key: "workspace-package",
        requested: name,
        available: local.map((p) => String(p.name)),
        hint: "Name one of the workspace members (as in uv sync --package)."
      }
    );
  }
  const source = found.source;
  const rel = String(source.editable ?? source.virtual ?? source.directory);
  const file = import_node_path26.default.join(root, rel, "pyproject.toml");
  return readToml(file, "pyproject", "Fix the TOML syntax of the member pyproject.toml.");
}
function knownGroups(project) {
  const groups = isTable(project["dependency-groups"]) ? Object.keys(project["dependency-groups"]) : [];
  const uv = isTable(project.tool) && isTable(project.tool.uv) ? project.tool.uv : {};
  if (Array.isArray(uv["dev-dependencies"]) && !groups.map(normalize).includes("dev")) groups.push("dev");
  return groups;
}
function checkGroups(project, groups) {
  const known = knownGroups(project);
  for (const g of groups) {
    validateExtraName("group", g);
    if (!known.map(normalize).includes(normalize(g))) {
      throw new ConfigurationError(`The project has no dependency group ${JSON.stringify(g)}.`, {
        key: "groups",
        requested: g,
        available: known,
        hint: known.length ? `Use one of: ${known.join(", ")} (declared under [dependency-groups] in pyproject.toml).` : "The project declares no [dependency-groups] in pyproject.toml."
      });
    }
  }
  return groups;
}
function checkExtras(project, extras) {
  const p = isTable(project.project) ? project.project : {};
  const known = isTable(p["optional-dependencies"]) ? Object.keys(p["optional-dependencies"]) : [];
  for (const e of extras) {
    validateExtraName("extra", e);
    if (!known.map(normalize).includes(normalize(e))) {
      throw new ConfigurationError(`The project has no extra ${JSON.stringify(e)}.`, {
        key: "extras",
        requested: e,
        available: known,
        hint: "Use an extra declared under [project.optional-dependencies] in pyproject.toml."
      });
    }
  }
  return extras;
}
function checkIndexes(lock, lockFile, o) {
  if (!o.indexUrl) return;
  const configured = [o.indexUrl, ...o.extraIndexUrls ?? []];
  const packages = Array.isArray(lock.package) ? lock.package : [];
  const registries = new Set(
    packages.map((p) => isTable(p.source) ? p.source.registry : void 0).filter((r) => typeof r === "string")
  );
  const foreign = [...registries].filter((r) => !configured.includes(r));
  if (!foreign.length) return;
  throw new ConfigurationError(
    `${lockFile} was made against ${foreign.join(", ")}, but index-url is ${o.indexUrl}: uv installs a lock only from the indexes it records.`,
    {
      key: "index-url",
      requested: o.indexUrl,
      available: [...registries],
      hint: `Re-lock against the mirror (\`uv lock --default-index ${o.indexUrl}\`) and commit uv.lock, set index-url to the lock's index, or use lock: ignore.`
    }
  );
}
var import_node_path26, LOCK_MODES, isTable, normalize;
var init_project_plan = __esm({
  "src/core/packages/project-plan.ts"() {
    "use strict";
    init_async_fs();
    import_node_path26 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_fs();
    init_spec2();
    LOCK_MODES = ["auto", "frozen", "ignore"];
    isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
  }
});

// src/core/uv/uv.ts
async function probeUvVersion(path56, signal) {
  let r;
  try {
    r = await spawnCapture(path56, ["self", "version", "--output-format", "json"], {
      signal,
      timeoutMs: 3e4
    });
  } catch (e) {
    throw new UvNotFoundError(`uv could not be started at ${path56}: ${e.message}`, {
      requested: path56,
      hint: "Check the path, or let python-embedded install its pinned uv."
    });
  }
  if (r.exitCode === 0) {
    try {
      const v = JSON.parse(r.stdout).version;
      if (typeof v === "string" && v) return v;
    } catch {
    }
  }
  const t = await spawnCapture(path56, ["--version"], { signal, timeoutMs: 3e4 });
  const m = /^uv\s+(\S+)/m.exec(t.stdout);
  if (t.exitCode !== 0 || !m) {
    throw new UvNotFoundError(
      `${path56} does not look like uv (\`--version\` printed ${JSON.stringify(t.stdout.trim())}).`,
      {
        requested: path56
      }
    );
  }
  return m[1];
}
function checkIndexUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    u = void 0;
  }
  if (!u || !["http:", "https:", "file:"].includes(u.protocol) || /\s/.test(url)) {
    throw new ConfigurationError(`Not a package index URL: ${JSON.stringify(url)}.`, {
      requested: url,
      hint: "Use an absolute http(s):// or file:// URL, e.g. https://pypi.org/simple/."
    });
  }
  return url;
}
function checkHost(host3) {
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host3) || host3.startsWith("-")) {
    throw new ConfigurationError(`Not a host name: ${JSON.stringify(host3)}.`, { requested: host3 });
  }
  return host3;
}
var STRIPPED_ENV, Uv;
var init_uv = __esm({
  "src/core/uv/uv.ts"() {
    "use strict";
    init_errors();
    init_log();
    init_spawn();
    STRIPPED_ENV = [
      "VIRTUAL_ENV",
      "UV_PYTHON",
      "UV_PROJECT_ENVIRONMENT",
      "CONDA_PREFIX",
      "PYTHONHOME",
      "UV_SYSTEM_PYTHON"
    ];
    Uv = class _Uv {
      path;
      options;
      logger;
      cachedVersion;
      constructor(options) {
        if (!options.path)
          throw new UvNotFoundError("No uv executable given.", { hint: "Call ensureUv() first." });
        for (const url of [options.indexUrl, ...options.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
        this.path = options.path;
        this.options = { ...options };
        this.logger = options.logger ?? silentLogger;
      }
      /** A copy with some settings changed (e.g. a per-call index). */
      with(changes) {
        const u = new _Uv({ ...this.options, ...changes });
        u.cachedVersion = this.cachedVersion;
        return u;
      }
      /** The environment uv runs with. */
      env(extra = {}) {
        const env = { ...process.env };
        for (const k of STRIPPED_ENV) delete env[k];
        if (this.options.proxy) {
          env.HTTPS_PROXY = env.https_proxy = this.options.proxy;
          env.HTTP_PROXY = env.http_proxy = this.options.proxy;
        }
        if (this.options.noProxy) env.NO_PROXY = env.no_proxy = this.options.noProxy;
        Object.assign(env, this.options.env, extra);
        env.UV_PYTHON_DOWNLOADS = "never";
        env.UV_NO_PROGRESS = "1";
        if (this.options.cacheDir) env.UV_CACHE_DIR = this.options.cacheDir;
        if (!this.options.useUserConfig) env.UV_NO_CONFIG = "1";
        else delete env.UV_NO_CONFIG;
        if (this.options.offline) env.UV_OFFLINE = "1";
        for (const k of Object.keys(env)) if (env[k] === void 0) delete env[k];
        return env;
      }
      /** `--default-index` / `--index` / `--allow-insecure-host` for commands that resolve packages. */
      indexArgs(override = {}) {
        const indexUrl = override.indexUrl ?? this.options.indexUrl;
        const extras = override.extraIndexUrls ?? this.options.extraIndexUrls ?? [];
        const trusted = override.trustedHosts ?? this.options.trustedHosts ?? [];
        const args = [];
        if (indexUrl) args.push(`--default-index=${checkIndexUrl(indexUrl)}`);
        for (const url of extras) args.push(`--index=${checkIndexUrl(url)}`);
        for (const host3 of trusted) args.push(`--allow-insecure-host=${checkHost(host3)}`);
        return args;
      }
      /** Runs uv; a non-zero exit is returned, not thrown. */
      async run(args, o = {}) {
        this.logger.debug(`uv ${args.join(" ")}`);
        let r;
        try {
          r = await spawnCapture(this.path, args, {
            cwd: o.cwd,
            env: this.env(o.env),
            signal: o.signal,
            timeoutMs: o.timeoutMs,
            onStderr: o.onOutput,
            onSpawn: o.onSpawn
          });
        } catch (e) {
          const code = e.code;
          if (code === "ENOENT" || code === "EACCES") {
            throw new UvNotFoundError(`uv could not be started at ${this.path} (${code}).`, {
              requested: this.path,
              hint: "Run ensureUv() again or pass a working uvPath."
            });
          }
          throw e;
        }
        return { ...r, args };
      }
      /** The cache directory uv uses with this environment (`uv cache dir`). */
      async cacheDir(o = {}) {
        const r = await this.run(["cache", "dir"], o);
        if (r.exitCode !== 0)
          throw new UvNotFoundError(`uv cache dir failed: ${r.stderr.trim()}`, { requested: this.path });
        return r.stdout.trim();
      }
      /**
       * Removes unused cache entries (`uv cache prune`); `ci: true` also drops pre-built wheels that are cheap to
       * download again, which is what to persist between CI runs (setup-uv does the same in its post step).
       */
      async pruneCache(o = {}) {
        return this.run(["cache", "prune", ...o.ci ? ["--ci"] : []], o);
      }
      /** uv's version: `uv self version --output-format json` (uv >= 0.7), else parsed from `uv --version`. */
      async version(o = {}) {
        if (this.cachedVersion) return this.cachedVersion;
        this.cachedVersion = await probeUvVersion(this.path, o.signal);
        return this.cachedVersion;
      }
    };
  }
});

// src/core/setup/spec.ts
async function chooseSpecs(o) {
  const given = Array.isArray(o.python) ? o.python.map((s) => s.trim()).filter(Boolean) : specsFromLines(o.python ?? "").specs;
  if (given.length) return unique(given).map((spec) => ({ spec, source: o.pythonSource ?? "input" }));
  const found = await fromFiles(o);
  return [
    found ? { spec: found.spec, source: found.source } : { spec: o.defaultPython ?? "3.12", source: "default" }
  ];
}
function unique(specs) {
  return [...new Set(specs)];
}
async function fromFiles(o) {
  if (o.pythonVersionFile) {
    const file = import_node_path27.default.resolve(o.cwd, o.pythonVersionFile);
    let found;
    try {
      found = await readSpecFile(file);
    } catch (e) {
      throw new ConfigurationError(`Python version file ${file} cannot be read: ${e.message}`, {
        key: "pythonVersionFile",
        requested: file
      });
    }
    if (!found) {
      throw new ConfigurationError(`Python version file ${file} is missing or names no Python version.`, {
        key: "pythonVersionFile",
        requested: file,
        hint: "Point it at a .python-version, .tool-versions or pyproject.toml (requires-python) that names a version."
      });
    }
    return found;
  }
  return findSpecFromFiles(o.cwd);
}
var import_node_path27;
var init_spec3 = __esm({
  "src/core/setup/spec.ts"() {
    "use strict";
    import_node_path27 = __toESM(require("node:path"), 1);
    init_spec_files();
    init_errors();
  }
});

// src/core/setup/plan.ts
function isVenvPath(v) {
  return import_node_path28.default.isAbsolute(v) || v.includes("/") || v.includes("\\") || v.startsWith(".");
}
async function planSetup(options = {}) {
  const config = planConfig(options);
  checkConflicts(options);
  const venv = planVenv(options, config);
  const packages = await planPackages(options, config);
  const python = await planPython(options, config);
  return {
    config,
    python,
    uv: planUv(options, config, packages.pyproject),
    venv,
    packages,
    export: planExport(options, python.installer, config.cwd),
    signal: options.signal
  };
}
function planConfig(o) {
  const cwd = import_node_path28.default.resolve(o.cwd ?? process.cwd());
  const root = import_node_path28.default.resolve(cwd, o.root ?? defaultRoot());
  const toolsDir = import_node_path28.default.resolve(cwd, o.toolsDir ?? import_node_path28.default.join(root, "tools"));
  const given = KEYS.filter((k) => k.key !== "python" && o[k.key] !== void 0);
  return { ...Object.fromEntries(given.map((k) => [k.key, o[k.key]])), root, toolsDir, cwd };
}
function checkConflicts(o) {
  const conflict2 = (message, key, hint) => {
    throw new ConfigurationError(message, { key, hint });
  };
  if (o.venv === false && (o.requirements?.length || o.pyproject || o.packages?.length)) {
    conflict2(
      "Packages were requested but the venv is disabled.",
      "venv",
      "Enable the venv (packages are never installed into the base interpreter by setup)."
    );
  }
  if (o.venv === false && o.seed) {
    conflict2(
      "seed asks for pip in the venv, but the venv is disabled.",
      "seed",
      "Enable the venv or drop seed."
    );
  }
  if (!o.pyproject && o.editable) {
    conflict2(
      "editable installs the pyproject editable, but no pyproject was given.",
      "editable",
      "Name the project with pyproject, or drop editable."
    );
  }
  const projectOnly = ["groups", "allGroups", "noDefaultGroups", "allExtras", "workspacePackage"].filter((k) => Array.isArray(o[k]) ? o[k].length : o[k]);
  if (!o.pyproject && projectOnly.length) {
    conflict2(
      `${projectOnly.join(", ")} select(s) parts of the pyproject, but no pyproject was given.`,
      projectOnly[0],
      "Name the project with pyproject, or drop them."
    );
  }
  if (!o.pyproject && o.extras?.length) {
    conflict2(
      `extras (${o.extras.join(", ")}) are extras of the pyproject, but no pyproject was given.`,
      "extras",
      "Name the project with pyproject, or drop extras."
    );
  }
}
function planVenv(o, config) {
  if (o.venv === false) return false;
  const venv = o.venv ?? "default";
  const seed = Boolean(o.seed);
  if (isVenvPath(venv)) return { kind: "path", dir: import_node_path28.default.resolve(config.cwd, venv), seed };
  const name = validateVenvName(venv);
  return { kind: "named", name, dirWithoutInstance: import_node_path28.default.join(config.toolsDir, "venvs", name), seed };
}
async function planPackages(o, config) {
  const specs = (o.packages ?? []).map((s) => parsePackageSpec(s) && s.trim());
  const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
  for (const url of [config.indexUrl, ...config.extraIndexUrls ?? []]) if (url) checkIndexUrl(url);
  const files = (list3, key) => Promise.all((list3 ?? []).map((f) => readableFile(import_node_path28.default.resolve(config.cwd, f), key)));
  checkLockMode(o.lock);
  const requirements = await files(o.requirements, "requirements");
  const constraints = await files(o.constraints, "constraints");
  const pyproject = o.pyproject ? await projectPath(import_node_path28.default.resolve(config.cwd, o.pyproject)) : void 0;
  checkPylock(requirements, constraints, specs, pyproject);
  const index2 = {
    indexUrl: config.indexUrl,
    extraIndexUrls: config.extraIndexUrls,
    trustedHosts: config.trustedHosts
  };
  const project = pyproject ? await planProject(pyproject, { ...o, extras }, index2) : void 0;
  if (pyproject && !project) {
    checkFreshProject(o);
    await checkProjectGroups(pyproject, o.groups ?? []);
  }
  const groups = (o.groups ?? []).map((g) => validateExtraName("group", g));
  const editable = Boolean(o.editable);
  const allExtras = Boolean(o.allExtras);
  return { requirements, constraints, pyproject, editable, extras, specs, index: index2, project, groups, allExtras };
}
function checkPylock(requirements, constraints, specs, pyproject) {
  const pylock = requirements.find(isPylock);
  if (!pylock) return;
  const others = [
    ...requirements.filter((r) => r !== pylock),
    ...constraints.map((c) => `constraints ${c}`),
    ...specs,
    ...pyproject ? [`pyproject ${pyproject}`] : []
  ];
  if (!others.length) return;
  throw new ConfigurationError(
    `${pylock} is a lock (PEP 751): uv installs it alone, not together with ${others.join(", ")}.`,
    {
      key: "requirements",
      requested: pylock,
      hint: "Install the pylock.toml on its own (add the other packages to the lock), or drop it."
    }
  );
}
function checkFreshProject(o) {
  const syncOnly = ["allGroups", "noDefaultGroups", "workspacePackage"].filter((k) => o[k]);
  if (!syncOnly.length) return;
  throw new ConfigurationError(
    `${syncOnly.join(", ")} need(s) the project's uv.lock, but ${o.lock === "ignore" ? "lock is ignore" : "the project has none"}.`,
    {
      key: syncOnly[0],
      hint: "Lock the project (`uv lock`) and use lock: auto, or name the groups with groups."
    }
  );
}
async function readableFile(file, key) {
  const kind = key === "constraints" ? "Constraints" : "Requirements";
  let why;
  try {
    if ((await fs3.statOpened(file)).isFile()) return file;
    why = "it is not a file";
  } catch (e) {
    const code = e.code;
    why = code === "ENOENT" ? "it does not exist" : code === "EACCES" ? "permission denied" : e.message;
  }
  throw new RequirementsFileError(`${kind} file ${file} cannot be read: ${why}.`, {
    key,
    requested: file,
    hint: "Check the path (relative paths are resolved against the working directory) and its permissions."
  });
}
async function projectPath(p) {
  const st = await fs3.stat(p).catch(() => void 0);
  const dir2 = st?.isFile() ? import_node_path28.default.dirname(p) : p;
  const markers = ["pyproject.toml", "setup.py", "setup.cfg"].map((m) => import_node_path28.default.join(dir2, m));
  const found = st && await Promise.all(
    markers.map(
      (m) => fs3.access(m).then(
        () => true,
        () => false
      )
    )
  );
  if (found && found.some(Boolean)) return p;
  throw new RequirementsFileError(
    st ? `No pyproject.toml (or setup.py) in ${dir2}.` : `The project ${p} does not exist.`,
    {
      key: "pyproject",
      requested: p,
      hint: "Point pyproject at the project directory or its pyproject.toml."
    }
  );
}
async function planPython(o, config) {
  const requests = await chooseSpecs({
    python: o.python,
    pythonSource: o.pythonSource,
    pythonVersionFile: o.pythonVersionFile,
    defaultPython: o.defaultPython,
    cwd: config.cwd
  });
  for (const r of requests) parsePythonRequest(r.spec);
  return {
    requested: requests[requests.length - 1],
    requests,
    resolve: {
      platform: o.platform,
      build: o.build,
      flavor: o.flavor,
      checkLatest: o.offline ? false : o.checkLatest,
      freethreaded: o.freethreaded,
      allowPrereleases: o.allowPrereleases
    },
    catalog: catalogOptions(config),
    installer: o.installer ?? managerInstaller(config)
  };
}
function planUv(o, config, pyproject) {
  return {
    requested: uvVersionRequested(config, pyproject),
    install: {
      uvPath: config.uvPath,
      downloadBaseUrl: config.uvDownloadUrl,
      toolsDir: config.toolsDir,
      token: config.githubToken,
      githubApiUrl: config.githubApiUrl,
      releasesCacheDir: import_node_path28.default.join(config.root, ".catalog"),
      sha256: checkUvChecksum(o.uvChecksum),
      allowMissingChecksum: config.allowMissingChecksum,
      offline: config.offline
    },
    cacheDir: o.uvCacheDir
  };
}
function checkUvChecksum(sha2562) {
  if (sha2562 === void 0 || /^[0-9a-fA-F]{64}$/.test(sha2562)) return sha2562?.toLowerCase();
  throw new ConfigurationError(`The uv checksum ${JSON.stringify(sha2562)} is not a sha256 (64 hex digits).`, {
    key: "uvChecksum",
    requested: sha2562,
    hint: "Copy the value from the release's uv-<triple>.tar.gz.sha256, or drop the checksum."
  });
}
function uvVersionRequested(config, pyproject) {
  if (config.uvVersion) {
    parseUvVersionRequest(config.uvVersion, "uvVersion");
    return { version: config.uvVersion, source: "uvVersion" };
  }
  if (config.uvPath) return { version: DEFAULT_UV_VERSION, source: "default" };
  const projectDir = pyproject && (pyproject.endsWith(".toml") ? import_node_path28.default.dirname(pyproject) : pyproject);
  const required = projectRequiredUvVersion([.../* @__PURE__ */ new Set([projectDir ?? config.cwd, config.cwd])]);
  if (!required) return { version: DEFAULT_UV_VERSION, source: "default" };
  const version = exactWithoutLookup(required.request, true) ?? required.request.text;
  return { version, source: `required-version "${required.request.text}" in ${required.file}` };
}
function planExport(o, installer, cwd) {
  if (!o.export) return void 0;
  const dest = import_node_path28.default.resolve(cwd, o.export);
  if (!installer.export) {
    throw new ConfigurationError(`The ${installer.name} installer cannot export an installation.`, {
      key: "export",
      requested: dest,
      hint: "Export with the library installer (pyembed setup --export), or drop export."
    });
  }
  return dest;
}
var import_node_path28, isPylock;
var init_plan = __esm({
  "src/core/setup/plan.ts"() {
    "use strict";
    init_async_fs();
    import_node_path28 = __toESM(require("node:path"), 1);
    init_from_config();
    init_keys();
    init_options();
    init_errors();
    init_project_plan();
    init_spec2();
    init_required_version();
    init_triple();
    init_uv();
    init_version_request();
    init_layout2();
    init_spec();
    init_installer();
    init_spec3();
    isPylock = (file) => /^pylock(\.[^./\\]+)?\.toml$/.test(import_node_path28.default.basename(file));
  }
});

// src/core/exec/run.ts
function stdinMode(src, inherit) {
  if (src === "inherit" || src === void 0 && inherit) return "inherit";
  return src === void 0 ? "ignore" : "pipe";
}
async function feedStdin(stdin, src) {
  stdin.on("error", () => {
  });
  const write = async (chunk) => {
    if (stdin.destroyed || stdin.writableEnded) return false;
    if (!stdin.write(chunk)) await Promise.race([(0, import_node_events.once)(stdin, "drain"), (0, import_node_events.once)(stdin, "close")]);
    return !stdin.destroyed;
  };
  if (typeof src === "string" || src instanceof Uint8Array) {
    stdin.end(src);
  } else if (src instanceof import_node_stream2.Readable) {
    src.on("error", () => stdin.destroy());
    src.pipe(stdin);
  } else if (typeof src === "function") {
    for (let line = await src(); line !== null && line !== void 0; line = await src()) {
      if (!await write(`${line}
`)) return;
    }
    stdin.end();
  } else {
    for await (const chunk of src) {
      if (!await write(chunk)) return;
    }
    stdin.end();
  }
}
async function execute(command, args, o, internal) {
  const argv = [command, ...args];
  const encoding = o.encoding ?? "utf8";
  const inherit = o.inheritStdio === true;
  if (o.cwd !== void 0 && !(0, import_node_fs17.existsSync)(o.cwd)) {
    throw new PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
      requested: o.cwd,
      hint: "Create it first or pass an existing cwd."
    });
  }
  const env = buildChildEnv(o.env, o.envMode, internal.envDefaults);
  const launch = wrapLimits(command, args, o, internal.python, env.PATH);
  const { limits } = launch;
  const maxOutput = o.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  const out = new BoundedCapture(maxOutput);
  const err = new BoundedCapture(maxOutput);
  const capture = { argv, out, err, encoding, limits, started: monotonicMs() };
  const finish = (p) => resultOf(p, capture);
  if (o.signal?.aborted) return checked(finish({ aborted: true }), o, err.tail(encoding));
  const group = process.platform !== "win32" && !inherit && o.stdin !== "inherit";
  const child = childProcessModule().spawn(launch.command, launch.args, {
    cwd: o.cwd,
    env,
    stdio: [stdinMode(o.stdin, inherit), inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
    detached: group,
    windowsHide: true
  });
  return supervise(child, { o, argv, group, launch, err, encoding, finish, out });
}
function supervise(child, c) {
  const { o, argv, group, launch, out, err, encoding, finish } = c;
  const { limits } = launch;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let aborted = false;
    let exited = false;
    let exitCode = null;
    let exitSignal = null;
    let failure;
    let settled = false;
    let timer;
    let closeGrace;
    const kill = () => {
      if (child.pid !== void 0) killTree(child.pid, { group, leaderExited: exited });
      closeGrace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        done();
      }, 2e3);
    };
    const onAbort = () => {
      if (settled || timedOut || aborted) return;
      aborted = true;
      kill();
    };
    const fail = (e) => {
      failure ??= e;
      kill();
    };
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      if (closeGrace) clearTimeout(closeGrace);
      o.signal?.removeEventListener("abort", onAbort);
      if (child.pid !== void 0) untrackChild(child.pid);
    };
    const done = () => {
      if (settled) return;
      settled = true;
      cleanup();
      if (failure !== void 0) return reject(failure);
      const result = finish({ pid: child.pid, exitCode, signal: exitSignal, timedOut, aborted });
      try {
        resolve(checked(result, o, err.tail(encoding)));
      } catch (e) {
        reject(e);
      }
    };
    child.on("error", (e) => {
      if (child.pid === void 0) {
        settled = true;
        cleanup();
        reject(spawnError(argv, e, "Check the path of the command (or PATH) and the working directory."));
      } else {
        fail(e);
      }
    });
    if (child.pid === void 0) return;
    trackChild(child.pid, group);
    if (launch.niceAfterSpawn !== void 0)
      limits.priority = applyPriority(child.pid, launch.niceAfterSpawn);
    const guard = (handler) => handler && ((line) => {
      if (failure !== void 0) return;
      try {
        handler(line);
      } catch (e) {
        fail(e);
      }
    });
    wireOutput(child.stdout, out, encoding, guard(o.onStdout));
    wireOutput(child.stderr, err, encoding, guard(o.onStderr));
    if (child.stdin && o.stdin !== void 0 && o.stdin !== "inherit") {
      feedStdin(child.stdin, o.stdin).catch(fail);
    }
    if (o.timeoutMs !== void 0 && o.timeoutMs >= 0) {
      timer = setTimeout(() => {
        if (settled || aborted) return;
        timedOut = true;
        kill();
      }, o.timeoutMs);
    }
    o.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("exit", (code, signal) => {
      exited = true;
      exitCode = code;
      exitSignal = signal;
      if (child.pid !== void 0) untrackChild(child.pid);
    });
    child.on("close", done);
  });
}
function wireOutput(stream, capture, encoding, onLine) {
  if (!stream) return;
  const splitter = onLine ? new LineSplitter(onLine, encoding) : void 0;
  stream.on("data", (chunk) => {
    capture.push(chunk);
    splitter?.push(chunk);
  });
  stream.on("end", () => splitter?.end());
}
async function runPython(pythonPath, args = [], o = {}) {
  return execute(pythonPath, args, o, {
    envDefaults: { PYTHONUNBUFFERED: "1", PYTHONIOENCODING: "utf-8" },
    python: pythonPath
  });
}
async function runScript(pythonPath, script, args = [], o = {}) {
  const src = typeof script === "string" ? !script.includes("\n") && (0, import_node_fs17.existsSync)(script) && (0, import_node_fs17.statSync)(script).isFile() ? { path: script } : { code: script } : script;
  if ("path" in src) return runPython(pythonPath, [src.path, ...args], o);
  if (Buffer.byteLength(src.code) <= MAX_INLINE_CODE)
    return runPython(pythonPath, ["-c", src.code, ...args], o);
  const dir2 = await fs3.mkdtemp(import_node_path29.default.join(import_node_os8.default.tmpdir(), "pyembed-script-"));
  try {
    const file = import_node_path29.default.join(dir2, "script.py");
    await fs3.writeFile(file, src.code);
    return await runPython(pythonPath, [file, ...args], o);
  } finally {
    await fs3.rm(dir2, { recursive: true, force: true });
  }
}
var import_node_events, import_node_fs17, import_node_os8, import_node_path29, import_node_stream2, DEFAULT_MAX_OUTPUT_BYTES, MAX_INLINE_CODE;
var init_run = __esm({
  "src/core/exec/run.ts"() {
    "use strict";
    import_node_events = require("node:events");
    import_node_fs17 = require("node:fs");
    init_async_fs();
    import_node_os8 = __toESM(require("node:os"), 1);
    import_node_path29 = __toESM(require("node:path"), 1);
    import_node_stream2 = require("node:stream");
    init_errors();
    init_env();
    init_kill_tree();
    init_limits();
    init_result();
    init_output();
    init_builtins();
    init_result();
    DEFAULT_MAX_OUTPUT_BYTES = 10 * 1024 * 1024;
    MAX_INLINE_CODE = 64 * 1024;
  }
});

// src/core/packages/parse.ts
function parsePipListJson(stdout) {
  const rows = parseJsonArray(stdout, "uv pip list");
  return rows.map((r) => ({
    name: String(r.name),
    version: String(r.version),
    ...r.editable_project_location ? { editableProjectLocation: String(r.editable_project_location) } : {}
  }));
}
function parseOutdatedJson(stdout) {
  return parseJsonArray(stdout, "uv pip list --outdated").map((r) => ({
    name: String(r.name),
    installedVersion: String(r.version),
    latestVersion: String(r.latest_version),
    ...r.latest_filetype ? { latestFiletype: String(r.latest_filetype) } : {}
  }));
}
function parseJsonArray(stdout, what) {
  const text3 = stdout.trim();
  if (!text3) return [];
  const v = JSON.parse(text3);
  if (!Array.isArray(v)) throw new Error(`${what} did not print a JSON array.`);
  return v;
}
function parsePipShow(stdout) {
  const out = [];
  for (const block of stdout.split(/^---\s*$/m)) {
    const fields = {};
    for (const line of block.split(/\r?\n/)) {
      const m = /^([A-Za-z][A-Za-z -]*):\s?(.*)$/.exec(line);
      if (m) fields[m[1].trim()] = m[2].trim();
    }
    if (!fields.Name) continue;
    const list3 = (k) => (fields[k] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    out.push({
      name: fields.Name,
      version: fields.Version ?? "",
      ...fields.Location ? { location: fields.Location } : {},
      ...fields["Editable project location"] ? { editableProjectLocation: fields["Editable project location"] } : {},
      ...fields.Summary ? { summary: fields.Summary } : {},
      requires: list3("Requires"),
      requiredBy: list3("Required-by"),
      fields
    });
  }
  return out;
}
function uvErrorText(stderr, stdout = "") {
  const lines = stderr.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*(error:|\u00d7|\s*\u00d7)/.test(l) || /^\s*\u00d7 /.test(l));
  const kept = (start >= 0 ? lines.slice(start) : lines).filter(
    (l) => l.trim() && !/^Using (Python|CPython) /.test(l) && !/^(Resolved|Prepared|Installed|Audited|Uninstalled) \d+/.test(l)
  );
  const text3 = kept.join("\n").trim();
  return text3 || stdout.trim() || "uv failed without a message";
}
var init_parse2 = __esm({
  "src/core/packages/parse.ts"() {
    "use strict";
  }
});

// src/core/packages/target.ts
async function uvPip(t, args, o = {}) {
  await assertInterpreter(t.pythonPath);
  const [cmd, ...rest] = args;
  return t.uv.run(["pip", cmd, `--python=${t.pythonPath}`, ...rest], { ...o, env: t.config.proxyEnv() });
}
function pythonQuery(t, args, o = {}) {
  return runIsolated(t.pythonPath, args, { signal: o.signal, timeoutMs: o.timeoutMs ?? 12e4 });
}
async function assertInterpreter(pythonPath) {
  if (!await exists2(pythonPath)) {
    throw new PythonNotInstalledError(`No Python interpreter at ${pythonPath}.`, {
      requested: pythonPath,
      hint: "The instance or virtual environment was deleted or moved; create it again."
    });
  }
}
function toResult(r) {
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, durationMs: r.durationMs };
}
function outputOf(e) {
  return e.result;
}
function installError(spec, r) {
  const details = {
    requested: spec,
    packageSpecification: spec,
    installationOutput: r.stderr,
    exitCode: r.exitCode,
    hint: "Check the package name/version and the index (indexUrl); uv said why above."
  };
  const err = new PackageInstallationError(
    `Installing ${spec} failed: ${uvErrorText(r.stderr, r.stdout)}`,
    details
  );
  Object.defineProperty(err, "result", { value: toResult(r), enumerable: false });
  return err;
}
function queryError(what, r) {
  return new PackageInstallationError(`uv could not ${what}: ${uvErrorText(r.stderr, r.stdout)}`, {
    installationOutput: r.stderr,
    exitCode: r.exitCode
  });
}
var init_target = __esm({
  "src/core/packages/target.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_probe();
    init_parse2();
  }
});

// src/core/packages/health.ts
async function pipVersion(t, o) {
  const r = await pythonQuery(t, ["-c", "import pip; print(pip.__version__)"], o).catch(() => void 0);
  return r && r.exitCode === 0 ? r.stdout.trim() : void 0;
}
async function pythonVersionInfo(t, o) {
  try {
    const p = await probeInterpreter(t.pythonPath, { signal: o.signal, timeoutMs: o.timeoutMs ?? 12e4 });
    const { version, versionInfo, executable, prefix, basePrefix, implementation, platform: platform2, sysVersion } = p;
    return { version, versionInfo, executable, prefix, basePrefix, implementation, platform: platform2, sysVersion };
  } catch (e) {
    const stderr = e.details?.stderr;
    throw new PythonExecutionError(
      `${t.pythonPath} failed to report its version: ${e.message}`,
      { requested: t.pythonPath, stderr },
      { cause: e }
    );
  }
}
function emptyReport(pythonPath, executableExists) {
  return {
    executableExists,
    executablePath: pythonPath,
    prefixExists: false,
    pythonVersionCheck: "Failed",
    commandExecution: "Failed",
    uvCheck: "Failed",
    dependencyCheck: "Failed",
    sitePackagesWritable: false,
    overallHealth: "Unhealthy",
    problems: []
  };
}
async function validateInstallation(t, o) {
  const report = emptyReport(t.pythonPath, await exists2(t.pythonPath));
  if (!report.executableExists) report.problems.push(`interpreter missing: ${t.pythonPath}`);
  await checkInterpreter(t, report, o);
  await checkSitePackages(t, report, o);
  await checkDependencies(t, report, o);
  report.pipVersion = await pipVersion(t, o);
  report.overallHealth = report.problems.length ? "Unhealthy" : "Healthy";
  return report;
}
async function checkInterpreter(t, report, o) {
  try {
    const info2 = await pythonVersionInfo(t, o);
    report.pythonVersionCheck = "Success";
    report.pythonVersionInfo = `${info2.sysVersion} (${info2.executable})`;
    report.prefix = info2.prefix;
    report.prefixExists = await exists2(info2.prefix);
  } catch (e) {
    report.problems.push(`interpreter does not run: ${e.message}`);
  }
}
async function checkSitePackages(t, report, o) {
  try {
    const r = await pythonQuery(t, ["-c", 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], o);
    report.commandExitCode = r.exitCode;
    if (r.exitCode !== 0) {
      report.problems.push(`command failed (${r.exitCode}): ${r.stderr.trim()}`);
      return;
    }
    report.commandExecution = "Success";
    report.sitePackages = r.stdout.trim();
    report.sitePackagesWritable = await isWritableDir(report.sitePackages);
    if (!report.sitePackagesWritable)
      report.problems.push(`site-packages not writable: ${report.sitePackages}`);
  } catch (e) {
    report.problems.push(`command failed: ${e.message}`);
  }
}
async function checkDependencies(t, report, o) {
  try {
    report.uvVersion = await t.uv.version(o);
    report.uvCheck = "Success";
    const r = await uvPip(t, ["check"], o);
    report.dependencyCheckOutput = (r.stdout + r.stderr).trim();
    if (r.exitCode === 0) report.dependencyCheck = "Success";
    else report.problems.push(`uv pip check: ${uvErrorText(r.stderr, r.stdout)}`);
  } catch (e) {
    report.problems.push(`uv failed: ${e.message}`);
  }
}
var init_health = __esm({
  "src/core/packages/health.ts"() {
    "use strict";
    init_errors();
    init_fs();
    init_probe();
    init_parse2();
    init_target();
  }
});

// src/core/packages/index-config.ts
var IndexConfig;
var init_index_config = __esm({
  "src/core/packages/index-config.ts"() {
    "use strict";
    init_errors();
    init_uv();
    IndexConfig = class {
      constructor(uv, settings) {
        this.uv = uv;
        for (const u of [settings.indexUrl, ...settings.extraIndexUrls ?? []]) if (u) checkIndexUrl(u);
        this.index = {
          indexUrl: settings.indexUrl,
          extraIndexUrls: settings.extraIndexUrls,
          trustedHosts: settings.trustedHosts
        };
      }
      uv;
      index;
      proxy;
      /** The index uv lists projects from: this runtime's, else uv's options' (undefined: uv's default). */
      get indexUrl() {
        return this.index.indexUrl ?? this.uv.options.indexUrl;
      }
      /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
      describe() {
        const env = this.uv.env();
        const sources = {};
        const pick = (key, fromOptions, fromEnv) => {
          sources[key] = fromOptions !== void 0 ? "options" : fromEnv !== void 0 ? "env" : "default";
          return fromOptions ?? fromEnv;
        };
        const split = (s) => s ? s.split(/\s+/).filter(Boolean) : void 0;
        const uvOpts = this.uv.options;
        const optExtras = this.index.extraIndexUrls ?? uvOpts.extraIndexUrls;
        const optTrusted = this.index.trustedHosts ?? uvOpts.trustedHosts;
        return {
          indexUrl: pick("indexUrl", this.indexUrl, env.UV_DEFAULT_INDEX ?? env.UV_INDEX_URL),
          extraIndexUrls: pick("extraIndexUrls", optExtras, split(env.UV_INDEX ?? env.UV_EXTRA_INDEX_URL)) ?? [],
          trustedHosts: pick("trustedHosts", optTrusted, split(env.UV_INSECURE_HOST)) ?? [],
          proxy: pick(
            "proxy",
            this.proxy?.url ?? uvOpts.proxy,
            env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY
          ),
          noProxy: pick("noProxy", this.proxy?.noProxy ?? uvOpts.noProxy, env.NO_PROXY ?? env.no_proxy),
          cacheDir: pick("cacheDir", uvOpts.cacheDir, env.UV_CACHE_DIR),
          offline: Boolean(uvOpts.offline || env.UV_OFFLINE),
          sources
        };
      }
      /** Uses `indexUrl` from now on; `trusted` also skips TLS verification for its host; `extra` adds it instead. */
      setIndex(indexUrl, o = {}) {
        const url = checkIndexUrl(indexUrl);
        if (o.extra) this.index.extraIndexUrls = [...this.index.extraIndexUrls ?? [], url];
        else this.index.indexUrl = url;
        if (o.trusted) this.index.trustedHosts = [...this.index.trustedHosts ?? [], new URL(url).host];
      }
      /** Sends uv's traffic through `proxyUrl`; refuses anything that is not an http(s) or socks5 URL. */
      setProxy(proxyUrl, o = {}) {
        let u;
        try {
          u = new URL(proxyUrl);
        } catch {
          throw new ConfigurationError(`Not a proxy URL: ${JSON.stringify(proxyUrl)}.`, { requested: proxyUrl });
        }
        if (!["http:", "https:", "socks5:", "socks5h:"].includes(u.protocol)) {
          throw new ConfigurationError(`Unsupported proxy scheme ${u.protocol} in ${proxyUrl}.`, {
            requested: proxyUrl
          });
        }
        this.proxy = { url: proxyUrl, noProxy: o.noProxy };
      }
      /** uv's index arguments: the call's settings over this runtime's. */
      indexArgs(o = {}) {
        const extra = o.extraIndexUrls ?? (o.extraIndexUrl === void 0 ? void 0 : [o.extraIndexUrl].flat());
        return this.uv.indexArgs({
          indexUrl: o.indexUrl ?? this.index.indexUrl,
          extraIndexUrls: extra ?? this.index.extraIndexUrls,
          trustedHosts: o.trustedHosts ?? this.index.trustedHosts
        });
      }
      /** The proxy variables uv is started with (for uv only: this process's environment is untouched). */
      proxyEnv() {
        const env = {};
        if (this.proxy?.url) env.HTTPS_PROXY = env.https_proxy = env.HTTP_PROXY = env.http_proxy = this.proxy.url;
        if (this.proxy?.noProxy) env.NO_PROXY = env.no_proxy = this.proxy.noProxy;
        return env;
      }
    };
  }
});

// src/core/packages/install.ts
function checkedSpecs(specs) {
  return specs.map((s) => parsePackageSpec(s) && s.trim());
}
async function installSpecs(t, spec, o) {
  const specs = checkedSpecs([spec].flat());
  if (!specs.length)
    throw new PackageInstallationError("Nothing to install: no package given.", { requested: "" });
  const r = await uvPip(t, ["install", ...await installFlags(t, o), "--", ...specs], o);
  if (r.exitCode !== 0) throw installError(specs.join(" "), r);
  return toResult(r);
}
async function installRequirements(t, file, o) {
  const abs = import_node_path30.default.resolve(file);
  if (!await isFile(abs)) {
    throw new RequirementsFileError(`Requirements file not found: ${abs}.`, {
      requested: abs,
      packageSpecification: abs
    });
  }
  const r = await uvPip(t, ["install", ...await installFlags(t, o), `--requirements=${abs}`], o);
  if (r.exitCode !== 0) throw requirementsError(abs, r);
  return toResult(r);
}
async function installPyproject(t, projectPath2, o) {
  const p = await pyprojectArgs(projectPath2, o);
  const args = ["install", ...await installFlags(t, o), ...p.options, "--", ...p.positional];
  const r = await uvPip(t, args, { ...o, cwd: p.dir });
  if (r.exitCode !== 0) throw installError(p.target, r);
  return toResult(r);
}
async function installPlan(t, plan, o) {
  const cwd = import_node_path30.default.resolve(o.cwd ?? process.cwd());
  const specs = checkedSpecs(plan.packages ?? []);
  const files = await requirementFiles(cwd, plan.requirements ?? []);
  const constraints = [...[o.constraints ?? []].flat(), ...plan.constraints ?? []].map(
    (c) => import_node_path30.default.resolve(cwd, c)
  );
  const project = plan.pyproject ? await pyprojectArgs(import_node_path30.default.resolve(cwd, plan.pyproject), plan) : void 0;
  if (!files.length && !specs.length && !project) {
    throw new PackageInstallationError("Nothing to install: no requirements, project or package given.", {});
  }
  const args = ["install", ...await installFlags(t, { ...o, constraints })];
  for (const f of files) args.push(`--requirements=${f}`);
  if (project) args.push(...project.options);
  args.push("--", ...project?.positional ?? [], ...specs);
  const r = await uvPip(t, args, { ...o, cwd });
  if (r.exitCode === 0) return toResult(r);
  const text3 = uvErrorText(r.stderr, r.stdout);
  const blamed = files.find((f) => text3.includes(f) || text3.includes(import_node_path30.default.relative(cwd, f)));
  if (blamed) throw requirementsError(blamed, r);
  throw installError([...files, ...project ? [project.target] : [], ...specs].join(" "), r);
}
async function requirementFiles(cwd, files) {
  const out = [];
  for (const f of files) {
    const abs = import_node_path30.default.resolve(cwd, f);
    if (!await isFile(abs))
      throw new RequirementsFileError(`Requirements file not found: ${abs}.`, { requested: abs });
    out.push(abs);
  }
  return out;
}
function requirementsError(file, r) {
  return new RequirementsFileError(`Installing ${file} failed: ${uvErrorText(r.stderr, r.stdout)}`, {
    requested: file,
    packageSpecification: file,
    installationOutput: r.stderr,
    exitCode: r.exitCode,
    hint: "Fix the reported line of the requirements file; nothing was installed."
  });
}
async function pyprojectArgs(projectPath2, o) {
  let dir2 = import_node_path30.default.resolve(projectPath2);
  if (await isFile(dir2)) dir2 = import_node_path30.default.dirname(dir2);
  const pyproject = import_node_path30.default.join(dir2, "pyproject.toml");
  const hasPyproject = await isFile(pyproject);
  if (!hasPyproject && !await hasLegacyProject(dir2)) {
    throw new PackageInstallationError(`No pyproject.toml (or setup.py) in ${dir2}.`, {
      requested: projectPath2,
      hint: "Point at the project directory or its pyproject.toml."
    });
  }
  const extras = (o.extras ?? []).map((e) => validateExtraName("extra", e));
  const groups = (o.groups ?? []).map((g) => validateExtraName("group", g));
  if (groups.length && !hasPyproject) {
    throw new PackageInstallationError("Dependency groups need a pyproject.toml.", {
      requested: groups.join(",")
    });
  }
  const target = `${dir2}${extras.length ? `[${extras.join(",")}]` : ""}`;
  const options = [];
  if (o.allExtras) options.push(`--requirements=${pyproject}`, "--all-extras");
  for (const g of groups) options.push(`--group=${pyproject}:${g}`);
  if (o.editable) options.push(`--editable=${target}`);
  return { dir: dir2, target, options, positional: o.editable ? [] : [target] };
}
async function hasLegacyProject(dir2) {
  return await isFile(import_node_path30.default.join(dir2, "setup.py")) || await isFile(import_node_path30.default.join(dir2, "setup.cfg"));
}
async function installFlags(t, o) {
  const flags = t.config.indexArgs(o);
  if (o.upgrade) flags.push("--upgrade");
  if (o.reinstall) flags.push("--reinstall");
  if (o.noDeps) flags.push("--no-deps");
  for (const c of [o.constraints ?? []].flat()) {
    const abs = import_node_path30.default.resolve(c);
    if (!await isFile(abs))
      throw new RequirementsFileError(`Constraints file not found: ${abs}.`, { requested: abs });
    flags.push(`--constraints=${abs}`);
  }
  return flags;
}
var import_node_path30;
var init_install = __esm({
  "src/core/packages/install.ts"() {
    "use strict";
    import_node_path30 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_parse2();
    init_spec2();
    init_target();
  }
});

// src/core/packages/pypi.ts
function trimBase(u) {
  return u.replace(/\/+$/, "");
}
async function getText(url, o, accept) {
  try {
    if (!o.fetch) {
      return await fetchText(url, {
        headers: { accept, "user-agent": "python-embedded" },
        signal: o.signal,
        timeoutMs: o.timeoutMs ?? 3e4
      });
    }
    const signals = [AbortSignal.timeout(o.timeoutMs ?? 3e4), ...o.signal ? [o.signal] : []];
    const res = await o.fetch(url, {
      headers: { accept, "user-agent": "python-embedded" },
      signal: AbortSignal.any(signals)
    });
    if (res.status === 404) return void 0;
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.text();
  } catch (e) {
    throw new DownloadError(
      `Could not get ${url}: ${e.message}`,
      { requested: url },
      { cause: e }
    );
  }
}
async function getPackageMetadata(name, version, o = {}) {
  const n = encodeURIComponent(normalizePackageName(validatePackageName(name)));
  const base = trimBase(o.jsonUrl ?? DEFAULT_PYPI_JSON_URL);
  const url = version ? `${base}/${n}/${encodeURIComponent(validateVersion(version))}/json` : `${base}/${n}/json`;
  const text3 = await getText(url, o, "application/json");
  if (text3 === void 0) return void 0;
  const doc = JSON.parse(text3);
  const info2 = doc.info ?? {};
  const str = (k) => typeof info2[k] === "string" && info2[k] ? info2[k] : void 0;
  const releases = Object.entries(doc.releases ?? {}).filter(([, files]) => !Array.isArray(files) || files.length > 0).map(([v]) => v).sort(comparePep440);
  const projectUrls = info2.project_urls && typeof info2.project_urls === "object" ? info2.project_urls : {};
  return {
    name: str("name") ?? name,
    version: str("version") ?? version ?? "",
    summary: str("summary"),
    description: str("description"),
    author: str("author"),
    authorEmail: str("author_email"),
    homePage: str("home_page") ?? projectUrls.Homepage ?? projectUrls.homepage,
    license: str("license"),
    requiresPython: str("requires_python"),
    requiresDist: Array.isArray(info2.requires_dist) ? info2.requires_dist : [],
    releases,
    projectUrls
  };
}
async function searchPyPI(query, o = {}) {
  const words = query.trim().split(/\s+/).filter(Boolean).map((w) => normalizePackageName(w));
  if (!words.length) return [];
  const limit = o.limit ?? 20;
  const whole = normalizePackageName(query.trim().replace(/\s+/g, "-"));
  let names = [];
  try {
    names = await listProjects(o);
  } catch {
    names = [];
  }
  const hits = /* @__PURE__ */ new Map();
  for (const raw of names) {
    const n = normalizePackageName(raw);
    if (!words.every((w) => n.includes(w))) continue;
    const rank = n === whole ? 0 : n.startsWith(whole) ? 1 : n.startsWith(words[0]) ? 2 : 3;
    if (!hits.has(n) || hits.get(n) > rank) hits.set(n, rank);
  }
  if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(whole) && !hits.has(whole)) hits.set(whole, 0);
  const ranked = [...hits.entries()].sort(
    (a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0])
  );
  const out = [];
  for (let i = 0; i < ranked.length && out.length < limit; i += 4) {
    const batch2 = ranked.slice(i, i + 4).map(([n]) => getPackageMetadata(n, void 0, o).catch(() => void 0));
    for (const meta of await Promise.all(batch2)) {
      if (meta && out.length < limit)
        out.push({ name: meta.name, version: meta.version, summary: meta.summary });
    }
  }
  return out;
}
async function listProjects(o = {}) {
  const url = trimBase(o.simpleUrl ?? DEFAULT_SIMPLE_INDEX_URL) + "/";
  const hit = projectListCache.get(url);
  if (hit && Date.now() - hit.at < PROJECT_LIST_TTL_MS && !o.fetch) return hit.names;
  const names = fetchProjects(url, o);
  if (!o.fetch) projectListCache.set(url, { at: Date.now(), names });
  names.catch(() => projectListCache.delete(url));
  return names;
}
async function fetchProjects(url, o) {
  const body = await getText(url, o, "application/vnd.pypi.simple.v1+json, text/html;q=0.1");
  if (body === void 0) return [];
  if (body.trimStart().startsWith("{")) {
    const doc = JSON.parse(body);
    return (doc.projects ?? []).map((p) => p.name ?? "").filter(Boolean);
  }
  const names = [];
  for (const m of body.matchAll(/<a\b[^>]*>([^<]+)<\/a>/gi)) names.push(m[1].trim());
  return names;
}
function comparePep440(a, b) {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  if (!pa || !pb) return a.localeCompare(b);
  for (let i = 0; i < Math.max(pa.release.length, pb.release.length); i++) {
    const d = (pa.release[i] ?? 0) - (pb.release[i] ?? 0);
    if (d) return d;
  }
  for (const k of ["phase", "pre", "post", "dev"]) {
    const d = pa[k] - pb[k];
    if (d) return d;
  }
  return 0;
}
function parsePep440(v) {
  const m = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+.*)?$/i.exec(
    v.trim()
  );
  if (!m) return void 0;
  const phaseOf = { a: 1, alpha: 1, b: 2, beta: 2, c: 3, rc: 3, pre: 3, preview: 3 };
  const hasPre = m[2] !== void 0;
  const hasPost = m[4] !== void 0;
  const hasDev = m[5] !== void 0;
  return {
    release: m[1].split(".").map(Number),
    // a bare .devN sorts before any pre-release of the same release
    phase: hasPre ? phaseOf[m[2].toLowerCase()] : hasDev && !hasPost ? 0 : 4,
    pre: hasPre ? Number(m[3] || 0) : 0,
    post: hasPost ? Number(m[4] || 0) + 1 : 0,
    dev: hasDev ? Number(m[5] || 0) : Number.MAX_SAFE_INTEGER
  };
}
var DEFAULT_PYPI_JSON_URL, DEFAULT_SIMPLE_INDEX_URL, projectListCache, PROJECT_LIST_TTL_MS;
var init_pypi = __esm({
  "src/core/packages/pypi.ts"() {
    "use strict";
    init_errors();
    init_mirror();
    init_spec2();
    DEFAULT_PYPI_JSON_URL = "https://pypi.org/pypi";
    DEFAULT_SIMPLE_INDEX_URL = "https://pypi.org/simple/";
    projectListCache = /* @__PURE__ */ new Map();
    PROJECT_LIST_TTL_MS = 10 * 6e4;
  }
});

// src/core/packages/query.ts
async function listPackages(t, o) {
  const r = await uvPip(t, ["list", "--format=json"], o);
  if (r.exitCode !== 0) throw queryError("list packages", r);
  const pkgs = parsePipListJson(r.stdout);
  if (!o.details || !pkgs.length) return pkgs;
  const meta = await distributionSummaries(t, o);
  return pkgs.map((p) => ({ ...p, ...meta.get(normalizePackageName(p.name)) }));
}
async function installedVersion(t, name, o) {
  const n = normalizePackageName(validatePackageName(name));
  return (await listPackages(t, o)).find((p) => normalizePackageName(p.name) === n)?.version;
}
async function packageDetails(t, name, o) {
  const n = validatePackageName(name);
  const r = await uvPip(t, ["show", "--", n], o);
  const found = parsePipShow(r.stdout).find((d) => normalizePackageName(d.name) === normalizePackageName(n));
  if (!found) return void 0;
  const summary2 = (await distributionSummaries(t, o)).get(normalizePackageName(n))?.summary;
  return summary2 ? { ...found, summary: summary2 } : found;
}
async function outdatedPackages(t, o) {
  const r = await uvPip(t, ["list", "--outdated", "--format=json", ...t.config.indexArgs(o)], o);
  if (r.exitCode !== 0) throw queryError("list outdated packages", r);
  return parseOutdatedJson(r.stdout);
}
async function freeze(t, o) {
  const r = await uvPip(t, ["freeze", ...o.excludeEditable ? ["--exclude-editable"] : []], o);
  if (r.exitCode !== 0) throw queryError("freeze packages", r);
  return r.stdout;
}
async function exportRequirements(t, outputPath, o) {
  const abs = import_node_path31.default.resolve(outputPath);
  let text3;
  if (!o.pin || o.pin === "exact") text3 = await freeze(t, o);
  else {
    const op = o.pin === "minimum" ? ">=" : "~=";
    const pkgs = (await listPackages(t, o)).filter((p) => !p.editableProjectLocation);
    text3 = pkgs.map((p) => `${p.name}${op}${p.version}
`).join("");
  }
  await fs3.mkdir(import_node_path31.default.dirname(abs), { recursive: true });
  await fs3.writeFile(abs, text3);
  return abs;
}
async function distributionSummaries(t, o) {
  const r = await pythonQuery(t, ["-c", SUMMARIES], o).catch(() => void 0);
  const map = /* @__PURE__ */ new Map();
  if (!r || r.exitCode !== 0) return map;
  const found = JSON.parse(r.stdout);
  for (const [n, v] of Object.entries(found)) {
    map.set(normalizePackageName(n), { location: v.location, ...v.summary ? { summary: v.summary } : {} });
  }
  return map;
}
var import_node_path31, SUMMARIES;
var init_query = __esm({
  "src/core/packages/query.ts"() {
    "use strict";
    init_async_fs();
    import_node_path31 = __toESM(require("node:path"), 1);
    init_parse2();
    init_spec2();
    init_target();
    SUMMARIES = `import json, importlib.metadata as m
out = {}
for d in m.distributions():
    n = d.metadata.get("Name")
    if n: out[n] = {"summary": d.metadata.get("Summary") or None, "location": str(d.locate_file(""))}
print(json.dumps(out))`;
  }
});

// src/core/packages/update.ts
async function uninstall(t, name, o) {
  let names = [name].flat().map(validatePackageName);
  if (o.removeDependencies) names = await withOrphanedDependencies(t, names, o);
  const r = await uvPip(t, ["uninstall", "--", ...names], o);
  if (r.exitCode !== 0) {
    throw new PackageInstallationError(
      `Uninstalling ${names.join(", ")} failed: ${uvErrorText(r.stderr, r.stdout)}`,
      {
        requested: names.join(" "),
        packageSpecification: names.join(" "),
        installationOutput: r.stderr,
        exitCode: r.exitCode
      }
    );
  }
  return toResult(r);
}
async function withOrphanedDependencies(t, names, o) {
  const installed = await listPackages(t, o);
  if (!installed.length) return names;
  const show = await uvPip(t, ["show", "--", ...installed.map((p) => p.name)], o);
  const graph = new Map(parsePipShow(show.stdout).map((d) => [normalizePackageName(d.name), d]));
  const removing = new Set(names.map(normalizePackageName));
  const orphaned = (d) => !removing.has(d) && graph.has(d) && !(graph.get(d)?.requiredBy ?? []).some((p) => !removing.has(normalizePackageName(p)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of [...removing]) {
      for (const dep of graph.get(n)?.requires ?? []) {
        const d = normalizePackageName(dep);
        if (!orphaned(d)) continue;
        removing.add(d);
        changed = true;
      }
    }
  }
  return [...removing].map((n) => graph.get(n)?.name ?? n);
}
async function upgradeAll(t, o) {
  const editable = new Set(
    (await listPackages(t, o)).filter((p) => p.editableProjectLocation).map((p) => normalizePackageName(p.name))
  );
  const stale = (await outdatedPackages(t, o)).filter((p) => !editable.has(normalizePackageName(p.name)));
  if (!stale.length) return { upgraded: [] };
  const result = await installSpecs(
    t,
    stale.map((p) => p.name),
    { ...o, upgrade: true }
  );
  return { upgraded: stale, result };
}
async function pinVersion(t, name, version, o) {
  const n = validatePackageName(name);
  const v = validateVersion(version);
  const result = await installSpecs(t, `${n}==${v}`, o);
  const now = await installedVersion(t, n, o);
  if (now !== v) {
    throw new PackageInstallationError(`${n} is at ${now ?? "nothing"} after installing ${n}==${v}.`, {
      requested: `${n}==${v}`,
      available: now ? [now] : []
    });
  }
  return result;
}
async function batch(items, check, run2, logger) {
  const out = {};
  const valid = [];
  for (const item of items) {
    try {
      valid.push(check(item));
    } catch (e) {
      out[item] = { ok: false, error: e.message };
    }
  }
  if (!valid.length) return out;
  try {
    const result = await run2(valid);
    for (const v of valid) out[v] = { ok: true, result };
    return out;
  } catch (e) {
    if (valid.length === 1) {
      out[valid[0]] = { ok: false, error: e.message, result: outputOf(e) };
      return out;
    }
    logger.info(`Batch of ${valid.length} failed; retrying each one to find which.`);
  }
  for (const v of valid) {
    try {
      out[v] = { ok: true, result: await run2([v]) };
    } catch (e) {
      out[v] = { ok: false, error: e.message, result: outputOf(e) };
    }
  }
  return out;
}
var init_update = __esm({
  "src/core/packages/update.ts"() {
    "use strict";
    init_errors();
    init_install();
    init_parse2();
    init_query();
    init_spec2();
    init_target();
  }
});

// cold-entry:src/core/session/session.ts
var require_session = __commonJS({
  "cold-entry:src/core/session/session.ts"(exports2, module2) {
    module2.exports = require("./main-cold.cjs")("src/core/session/session.ts");
  }
});

// src/core/packages/runtime.ts
var import_node_path32, PythonRuntime;
var init_runtime = __esm({
  "src/core/packages/runtime.ts"() {
    "use strict";
    import_node_path32 = __toESM(require("node:path"), 1);
    init_run();
    init_log();
    init_probe();
    init_spawn();
    init_health();
    init_index_config();
    init_install();
    init_pypi();
    init_query();
    init_spec2();
    init_target();
    init_update();
    PythonRuntime = class {
      pythonPath;
      uv;
      logger;
      target;
      config;
      pypi;
      constructor(o) {
        this.pythonPath = o.pythonPath;
        this.uv = o.uv;
        this.logger = o.logger ?? silentLogger;
        this.config = new IndexConfig(o.uv, o);
        this.target = { pythonPath: o.pythonPath, uv: o.uv, logger: this.logger, config: this.config };
        this.pypi = {
          jsonUrl: o.pypiJsonUrl ?? DEFAULT_PYPI_JSON_URL,
          searchIndexUrl: o.searchIndexUrl,
          fetch: o.fetch
        };
      }
      /** The reference's static validator, kept as a static for discoverability. */
      static isValidPackageSpec(spec) {
        return isValidPackageSpec(spec);
      }
      // ---------------------------------------------------------------- running code
      /** Runs Python code (`python -c`): the reference's ExecuteCommand. Handlers, cwd, env, timeout, memory limit via `o`. */
      executeCommand(code, o = {}) {
        return runScript(this.pythonPath, { code }, [], this.execOptions(o));
      }
      /** Runs a script file with arguments: the reference's ExecuteScript. */
      executeScript(scriptPath, args = [], o = {}) {
        return runScript(this.pythonPath, { path: import_node_path32.default.resolve(scriptPath) }, args, this.execOptions(o));
      }
      /** Runs this interpreter with raw arguments (`-m module ...`, `-X ...`). */
      run(args, o = {}) {
        return runPython(this.pythonPath, args, this.execOptions(o));
      }
      /**
       * A persistent interpreter on this runtime (state kept between calls; the reference's in-process mode).
       * The session's code loads with the first session: a setup or a run never evaluates it.
       */
      async startSession(o = {}) {
        const { PythonSession } = await Promise.resolve().then(() => __toESM(require_session(), 1));
        return PythonSession.start(this.pythonPath, o);
      }
      /** Hook for VirtualEnvironment to add its activation variables. */
      execOptions(o) {
        return o;
      }
      // ---------------------------------------------------------------- installing
      /** Installs one spec or several (one uv call). Throws PackageInstallationError with uv's message. */
      install(spec, o = {}) {
        return installSpecs(this.target, spec, o);
      }
      /** `uv pip install -r <file>`; a bad file or an unresolvable line is a RequirementsFileError. */
      installRequirements(file, o = {}) {
        return installRequirements(this.target, file, o);
      }
      /**
       * Installs a project from its directory (or its pyproject.toml): `uv pip install [-e] <dir>[extras]`,
       * plus `--group <dir>/pyproject.toml:<group>` for each dependency group.
       */
      installPyproject(projectPath2, o = {}) {
        return installPyproject(this.target, projectPath2, o);
      }
      /**
       * Everything a setup asks for in ONE resolution: requirements files, constraints, a project (editable,
       * extras, groups) and extra specs. Relative paths are taken from `cwd`. A failure names the requirements
       * file when uv blames one (RequirementsFileError), else PackageInstallationError.
       */
      installPlan(plan, o = {}) {
        return installPlan(this.target, plan, o);
      }
      // ---------------------------------------------------------------- changing what is installed
      /** Uninstalls one or more packages; with `removeDependencies`, also their now-unneeded dependencies. */
      uninstall(name, o = {}) {
        return uninstall(this.target, name, o);
      }
      /** Upgrades every outdated (non-editable) package in one resolution. */
      upgradeAll(o = {}) {
        return upgradeAll(this.target, o);
      }
      /** Installs exactly `version` of `name` (down or up); verifies the result. */
      downgrade(name, version, o = {}) {
        return pinVersion(this.target, name, version, o);
      }
      /**
       * Installs many specs in one uv call. If that call fails, each valid spec is retried alone so every
       * entry says whether it installed and, if not, uv's reason. Invalid specs never reach uv.
       */
      batchInstall(specs, o = {}) {
        const check = (s) => checkedSpecs([s])[0];
        return batch(specs, check, (list3) => this.install(list3, o), this.logger);
      }
      /** Uninstalls many packages in one uv call, with per-package results when it fails. */
      batchUninstall(names, o = {}) {
        return batch(names, validatePackageName, (list3) => this.uninstall(list3, o), this.logger);
      }
      // ---------------------------------------------------------------- questions
      /** Installed packages (`uv pip list --format json`); `details` adds location and summary per package. */
      list(o = {}) {
        return listPackages(this.target, o);
      }
      /** Version if installed, else undefined. */
      getVersion(name, o = {}) {
        return installedVersion(this.target, name, o);
      }
      async isInstalled(name, o = {}) {
        return await this.getVersion(name, o) !== void 0;
      }
      /** `uv pip show <name>`; undefined when not installed. */
      info(name, o = {}) {
        return packageDetails(this.target, name, o);
      }
      /** Packages with a newer version on the index (`uv pip list --outdated --format json`). */
      outdated(o = {}) {
        return outdatedPackages(this.target, o);
      }
      /** `uv pip freeze` text (exact pins). */
      freeze(o = {}) {
        return freeze(this.target, o);
      }
      /**
       * Writes a requirements file. `pin: 'exact'` (default) is `uv pip freeze`; `'minimum'` writes `name>=version`,
       * `'compatible'` writes `name~=version` (editable installs are left out of those two: they have no index version).
       */
      exportRequirements(outputPath, o = {}) {
        return exportRequirements(this.target, outputPath, o);
      }
      // ---------------------------------------------------------------- where packages come from
      /** Where packages come from, as uv will see it: options first, then uv's own environment variables. */
      pipConfig() {
        return this.config.describe();
      }
      /**
       * Uses `indexUrl` for this runtime's later calls (the reference wrote pip.conf; we never touch global
       * config). `trusted` also skips TLS verification for that host; `extra` adds it as an extra index instead.
       */
      configureIndex(indexUrl, o = {}) {
        this.config.setIndex(indexUrl, o);
        return this.pipConfig();
      }
      /** Sends this runtime's uv traffic through `proxyUrl` (HTTPS_PROXY/HTTP_PROXY for uv only). */
      configureProxy(proxyUrl, o = {}) {
        this.config.setProxy(proxyUrl, o);
        return this.pipConfig();
      }
      // ---------------------------------------------------------------- versions and health
      /** uv's version (the package manager every operation goes through). */
      uvVersion(o = {}) {
        return this.uv.version(o);
      }
      /** pip's version if pip is installed in this environment (a uv venv has none unless seeded). */
      pipVersion(o = {}) {
        return pipVersion(this.target, o);
      }
      /** sys.version, executable, prefixes, implementation. */
      pythonVersionInfo(o = {}) {
        return pythonVersionInfo(this.target, o);
      }
      /**
       * Health: the interpreter exists and runs, uv runs, `uv pip check` finds no broken dependencies, and
       * site-packages is writable. pip is reported but not required (uv venvs have no pip, and are healthy).
       */
      validateInstallation(o = {}) {
        return validateInstallation(this.target, o);
      }
      // ---------------------------------------------------------------- PyPI
      /** Project metadata from the PyPI JSON API; undefined when the project/version does not exist. */
      getPackageMetadata(name, version, o = {}) {
        return getPackageMetadata(name, version, { jsonUrl: this.pypi.jsonUrl, fetch: this.pypi.fetch, ...o });
      }
      /** Name search over the index's project list, enriched from the JSON API (see pypi.ts). */
      searchPyPI(query, o = {}) {
        const simpleUrl = this.pypi.searchIndexUrl ?? this.config.indexUrl ?? DEFAULT_SIMPLE_INDEX_URL;
        return searchPyPI(query, { jsonUrl: this.pypi.jsonUrl, simpleUrl, fetch: this.pypi.fetch, ...o });
      }
      // ---------------------------------------------------------------- for subclasses
      /** `uv pip <cmd> --python=<interpreter> ...` */
      pip(args, o = {}) {
        return uvPip(this.target, args, o);
      }
      /** Runs this interpreter with exactly `args`, in the isolated environment (no caller PYTHON* variables). */
      python(args, o = {}) {
        return spawnCapture(this.pythonPath, args, {
          signal: o.signal,
          timeoutMs: o.timeoutMs ?? 12e4,
          env: isolatedPythonEnv()
        });
      }
    };
  }
});

// src/core/setup/environment.ts
function hasPackages(p) {
  return Boolean(p.requirements.length || p.pyproject || p.specs.length);
}
function hasFreshPackages(p) {
  return Boolean(p.requirements.length || p.pyproject && !p.project || p.specs.length);
}
async function installPackages(uv, python, plan, o) {
  const runtime = new PythonRuntime({ pythonPath: python, uv, logger: o.logger });
  const { requirements, constraints, editable, extras, specs, groups, allExtras } = plan;
  const pyproject = plan.project ? void 0 : plan.pyproject;
  o.logger.info("Installing packages with uv pip install ...");
  await runtime.installPlan(
    { requirements, constraints, pyproject, editable, extras, groups, allExtras, packages: specs },
    { cwd: o.cwd, signal: o.signal }
  );
  return { requested: requestedCount(plan) };
}
function requestedCount(plan) {
  return plan.requirements.length + (plan.project ? 0 : plan.pyproject ? 1 : 0) + plan.specs.length;
}
async function listInstalled(uv, python, signal) {
  const r = await uv.run(["pip", "list", "--python", python, "--format", "json"], { signal });
  if (r.exitCode !== 0) return [];
  try {
    return JSON.parse(r.stdout).map((p) => p.name);
  } catch {
    return [];
  }
}
async function distributionsInVenv(venvDir) {
  const site = await sitePackagesDir(venvDir);
  if (!site) return void 0;
  let entries;
  try {
    entries = (0, import_node_fs18.readdirSync)(site);
  } catch {
    return void 0;
  }
  if (entries.some((e) => e.endsWith(".egg-info") || e.endsWith(".egg-link"))) return void 0;
  const names = entries.filter((e) => e.endsWith(".dist-info")).map((e) => {
    let meta = "";
    try {
      meta = (0, import_node_fs18.readFileSync)(import_node_path33.default.join(site, e, "METADATA"), "utf8");
    } catch {
    }
    const headers = meta.split(/\r?\n\r?\n/, 1)[0];
    return /^Name:[ \t]*(\S+)/m.exec(headers)?.[1];
  });
  if (names.some((n) => n === void 0)) return void 0;
  return names.sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase()));
}
async function seedExistingVenv(uv, venvDir, o) {
  const python = venvPython(venvDir);
  const names = await distributionsInVenv(venvDir) ?? await listInstalled(uv, python, o.signal);
  if (names.some((n) => n.toLowerCase() === "pip")) return;
  o.logger.info(`seed: installing pip into the existing venv ${venvDir}`);
  const r = await uv.run(["pip", "install", "--python", python, ...uv.indexArgs(), "pip"], {
    signal: o.signal
  });
  if (r.exitCode !== 0) {
    throw new PackageInstallationError(
      `Could not install pip into ${venvDir} (seed): uv exited ${r.exitCode}.`,
      {
        requested: "pip",
        stderr: r.stderr.trim().split("\n").slice(-5).join("\n"),
        hint: "Check that the package index serves pip, or drop seed."
      }
    );
  }
}
var import_node_fs18, import_node_path33;
var init_environment = __esm({
  "src/core/setup/environment.ts"() {
    "use strict";
    import_node_fs18 = require("node:fs");
    import_node_path33 = __toESM(require("node:path"), 1);
    init_errors();
    init_runtime();
    init_layout2();
    init_text();
  }
});

// src/core/venvs/recipe.ts
function applies(target) {
  if (!PLAIN_PATH.test(target)) return false;
  try {
    return (0, import_node_fs19.realpathSync)(import_node_path34.default.dirname(target)) === import_node_path34.default.dirname(target);
  } catch {
    return false;
  }
}
async function venvRecipes(uv, pythonPath, o) {
  const dir2 = uv.options.venvRecipesDir;
  if (!dir2 || o.seed || isWindowsHost()) return void 0;
  const uvStat = (0, import_node_fs19.statSync)(uv.path, { throwIfNoEntry: false });
  const pyStat = (0, import_node_fs19.statSync)(pythonPath, { throwIfNoEntry: false });
  if (!uvStat || !pyStat) return void 0;
  const env = uv.env();
  const uvEnv = Object.keys(env).filter((k) => k.startsWith("UV_") && k !== "UV_CACHE_DIR").sort().map((k) => `${k}=${env[k]}`);
  const stamp = (s) => [s.size, s.mtimeMs, s.ino];
  const key = JSON.stringify({
    uv: [uv.path, ...stamp(uvStat)],
    python: [pythonPath, ...stamp(pyStat)],
    prompt: o.prompt ?? null,
    relocatable: o.relocatable === true,
    env: uvEnv
  });
  const file = import_node_path34.default.join(dir2, `${fnv1a(key)}.json`);
  return {
    file,
    replay: async (target) => replay(file, key, target),
    record: (target) => record(file, key, target, o.relocatable === true).catch(() => void 0)
  };
}
function replay(file, key, target) {
  if (!applies(target)) return false;
  const recipe = readRecipe(file, key);
  if (!recipe || !absentOrEmpty(target)) return false;
  sweepDeadTemps(target);
  const tmp = privateTemp(target);
  try {
    (0, import_node_fs19.mkdirSync)(tmp);
    for (const e of recipe.entries) {
      const p = import_node_path34.default.join(tmp, e.path);
      if ("dir" in e) (0, import_node_fs19.mkdirSync)(p);
      else if ("link" in e) (0, import_node_fs19.symlinkSync)(e.link, p);
      else (0, import_node_fs19.writeFileSync)(p, e.parts.join(target), { mode: e.mode });
    }
    (0, import_node_fs19.renameSync)(tmp, target);
    return true;
  } catch {
    (0, import_node_fs19.rmSync)(tmp, { recursive: true, force: true });
    return false;
  }
}
async function record(file, key, target, relocatable) {
  if (!applies(target)) return;
  const entries = [];
  let bytes = 0;
  const walk = async (rel) => {
    for (const d of await fs3.readdir(import_node_path34.default.join(target, rel), { withFileTypes: true })) {
      const relPath = import_node_path34.default.join(rel, d.name);
      const abs = import_node_path34.default.join(target, relPath);
      if (d.isSymbolicLink()) {
        const link = await fs3.readlink(abs);
        if (link.includes(target)) return false;
        entries.push({ path: relPath, link });
      } else if (d.isDirectory()) {
        entries.push({ path: relPath, dir: true });
        if (!await walk(relPath)) return false;
      } else if (d.isFile()) {
        const [data, st] = await Promise.all([fs3.readFile(abs), fs3.stat(abs)]);
        bytes += data.length;
        const parts = textParts(data, target);
        if (!parts || bytes > MAX_BYTES) return false;
        entries.push({ path: relPath, parts, mode: st.mode & 511 });
      } else return false;
    }
    return true;
  };
  if (!await walk("")) return;
  if (!relocatable && !entries.some((e) => "parts" in e && e.parts.length > 1)) return;
  await fs3.mkdir(import_node_path34.default.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify({ key, entries }));
}
function textParts(data, target) {
  const text3 = data.toString("utf8");
  if (text3.includes("\0") || !Buffer.from(text3, "utf8").equals(data)) return void 0;
  const parts = text3.split(target);
  for (let i = 1; i < parts.length; i++) {
    if (!QUOTES.has(parts[i - 1].slice(-1)) || !QUOTES.has(parts[i].charAt(0))) return void 0;
  }
  return parts;
}
function readRecipe(file, key) {
  try {
    const r = JSON.parse((0, import_node_fs19.readFileSync)(file, "utf8"));
    return r.key === key && Array.isArray(r.entries) && r.entries.every(validEntry) ? r : void 0;
  } catch {
    return void 0;
  }
}
function validEntry(e) {
  if (typeof e?.path !== "string" || import_node_path34.default.isAbsolute(e.path) || e.path.split("/").includes(".."))
    return false;
  if ("dir" in e) return e.dir === true;
  if ("link" in e) return typeof e.link === "string";
  return Array.isArray(e.parts) && e.parts.every((p) => typeof p === "string") && Number.isInteger(e.mode);
}
function absentOrEmpty(dir2) {
  try {
    return (0, import_node_fs19.readdirSync)(dir2).length === 0;
  } catch (e) {
    return e.code === "ENOENT";
  }
}
function fnv1a(text3) {
  let h = 2166136261;
  for (let i = 0; i < text3.length; i++) h = Math.imul(h ^ text3.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
var import_node_fs19, import_node_path34, PLAIN_PATH, QUOTES, MAX_BYTES, venvRecipesDir;
var init_recipe = __esm({
  "src/core/venvs/recipe.ts"() {
    "use strict";
    import_node_fs19 = require("node:fs");
    init_async_fs();
    import_node_path34 = __toESM(require("node:path"), 1);
    init_fs();
    init_host();
    PLAIN_PATH = /^\/[A-Za-z0-9._+@/-]*$/;
    QUOTES = /* @__PURE__ */ new Set(["'", '"']);
    MAX_BYTES = 256 * 1024;
    venvRecipesDir = (toolsDir) => import_node_path34.default.join(toolsDir, "venv-recipes");
  }
});

// src/core/venvs/create.ts
async function isVenv(dir2) {
  return (await fs3.stat(import_node_path35.default.join(dir2, "pyvenv.cfg")).catch(() => void 0))?.isFile() ?? false;
}
async function createVenv(uv, pythonPath, target, o = {}) {
  await fs3.mkdir(import_node_path35.default.dirname(target), { recursive: true });
  const recipes = await venvRecipes(uv, pythonPath, o);
  if (await recipes?.replay(target)) {
    o.logger?.debug(`Wrote the venv at ${target} as uv did last time (${recipes.file})`);
    return;
  }
  await createWithUv(uv, pythonPath, target, o);
  await recipes?.record(target);
}
async function createWithUv(uv, pythonPath, target, o) {
  const args = ["venv", `--python=${pythonPath}`, "--no-project"];
  if (o.prompt !== void 0) args.push(`--prompt=${o.prompt}`);
  if (o.seed) args.push("--seed", ...uv.indexArgs());
  if (o.relocatable) args.push("--relocatable");
  args.push("--clear", "--", target);
  const run2 = () => uv.run(args, { signal: o.signal, cwd: import_node_path35.default.dirname(target), onSpawn: o.onSpawn });
  let r = await run2();
  for (let retry = 1; retry <= 3 && r.exitCode !== 0 && !o.signal?.aborted; retry++) {
    if (!/already exists|not a virtual environment|not empty|ENOTEMPTY|File exists/i.test(r.stderr)) break;
    await new Promise((res) => setTimeout(res, 250 * retry));
    await fs3.rm(target, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    r = await run2();
  }
  if (r.exitCode !== 0 || !await isVenv(target)) {
    await fs3.rm(target, { recursive: true, force: true }).catch(() => {
    });
    throw new VenvCreateError(
      `uv could not create the venv at ${target}: ${uvErrorText(r.stderr, r.stdout)}`,
      {
        requested: target,
        exitCode: r.exitCode,
        stderr: r.stderr,
        hint: o.seed ? "Seeding needs pip on the package index (indexUrl)." : "Check that the interpreter runs (see uv output above)."
      }
    );
  }
}
async function ensureVenvAt(uv, pythonPath, dir2, o) {
  const home = (await readPyvenvCfg(dir2))?.home;
  const sameHome = home !== void 0 && import_node_path35.default.resolve(home) === import_node_path35.default.dirname(import_node_path35.default.resolve(pythonPath));
  if (sameHome && await fs3.stat(venvPython(dir2)).catch(() => void 0)) {
    o.logger.info(`Reusing venv ${dir2}`);
    return { created: false };
  }
  const entries = await fs3.readdir(dir2).catch(() => []);
  if (home === void 0 && entries.length > 0) {
    throw new ConfigurationError(
      `${dir2} exists and is not a virtual environment; refusing to overwrite it.`,
      {
        key: "venv",
        requested: dir2,
        hint: "Choose another venv path, or delete the directory."
      }
    );
  }
  await createVenv(uv, pythonPath, dir2, o);
  o.logger.info(`Created venv ${dir2}`);
  return { created: true };
}
var import_node_path35;
var init_create = __esm({
  "src/core/venvs/create.ts"() {
    "use strict";
    init_async_fs();
    import_node_path35 = __toESM(require("node:path"), 1);
    init_errors();
    init_parse2();
    init_layout2();
    init_recipe();
  }
});

// cjs-lazy-lib:yazl
var require_yazl = __commonJS({
  "cjs-lazy-lib:yazl"(exports2, module2) {
    module2.exports = require("./lib-yazl.cjs");
  }
});

// cjs-lazy-lib:tar-stream
var require_tar_stream = __commonJS({
  "cjs-lazy-lib:tar-stream"(exports2, module2) {
    module2.exports = require("./lib-tar-stream.cjs");
  }
});

// cold-entry:src/core/install/extract.ts
var require_extract = __commonJS({
  "cold-entry:src/core/install/extract.ts"(exports2, module2) {
    module2.exports = require("./main-cold.cjs")("src/core/install/extract.ts");
  }
});

// src/core/venvs/archive.ts
function formatOf(out) {
  if (/\.zip$/i.test(out)) return "zip";
  if (/\.(tar\.gz|tgz)$/i.test(out)) return "tar.gz";
  return void 0;
}
async function collect(root, links) {
  const items = [];
  const walk = async (dir2, rel) => {
    for (const e of await fs3.readdir(dir2, { withFileTypes: true })) {
      const abs = import_node_path36.default.join(dir2, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = await fs3.lstat(abs);
      const base = { rel: r, abs, mode: st.mode & 4095, mtime: st.mtime, size: st.size };
      if (st.isSymbolicLink()) {
        const target = await fs3.readlink(abs);
        const resolved = import_node_path36.default.resolve(dir2, target);
        const inside = !import_node_path36.default.relative(root, resolved).split(import_node_path36.default.sep).includes("..");
        if (import_node_path36.default.isAbsolute(target) || !inside) links[r] = resolved;
        else items.push({ ...base, kind: "symlink", target });
      } else if (st.isDirectory()) {
        items.push({ ...base, kind: "dir" });
        await walk(abs, r);
      } else if (st.isFile()) items.push({ ...base, kind: "file" });
    }
  };
  await walk(root, "");
  return items;
}
async function writeVenvArchive(venvDir, outPath, manifest) {
  const out = import_node_path36.default.resolve(outPath);
  const format = formatOf(out);
  if (!format) {
    throw new ConfigurationError(`Virtual environment exports are .zip or .tar.gz archives; got ${out}.`, {
      requested: out,
      available: [".zip", ".tar.gz", ".tgz"],
      hint: "Name the output file <something>.zip or <something>.tar.gz."
    });
  }
  const links = {};
  const items = await collect(venvDir, links);
  const manifestBytes = Buffer.from(JSON.stringify({ ...manifest, links }, null, 2) + "\n");
  await fs3.mkdir(import_node_path36.default.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(items, manifestBytes, partial);
    else await writeTarGz(items, manifestBytes, partial);
    await fs3.rename(partial, out);
  } catch (e) {
    await fs3.rm(partial, { force: true });
    throw e;
  }
  return out;
}
async function writeZip(items, manifest, dest) {
  const { default: yazl } = await Promise.resolve().then(() => __toESM(require_yazl(), 1));
  const zip = new yazl.ZipFile();
  for (const it of items) {
    if (it.kind === "symlink") {
      zip.addBuffer(Buffer.from(it.target), it.rel, { mode: 41471, mtime: it.mtime, compress: false });
    } else if (it.kind === "dir") zip.addEmptyDirectory(it.rel, { mode: it.mode, mtime: it.mtime });
    else zip.addFile(it.abs, it.rel, { mode: it.mode | 32768, mtime: it.mtime });
  }
  zip.addBuffer(manifest, MANIFEST, { mode: 33188 });
  zip.end();
  await (0, import_promises4.pipeline)(zip.outputStream, (0, import_node_fs20.createWriteStream)(dest));
}
async function writeTarGz(items, manifest, dest) {
  const { default: tar } = await Promise.resolve().then(() => __toESM(require_tar_stream(), 1));
  const pack = tar.pack();
  const done = (0, import_promises4.pipeline)(pack, zlibModule().createGzip({ level: 6 }), (0, import_node_fs20.createWriteStream)(dest));
  const add = (header2, body) => new Promise((resolve, reject) => {
    const cb = (err) => err ? reject(err) : resolve();
    if (body) pack.entry(header2, body, cb);
    else pack.entry(header2, cb);
  });
  try {
    for (const it of items) {
      const h = { name: it.rel, mode: it.mode, mtime: it.mtime };
      if (it.kind === "symlink") await add({ ...h, type: "symlink", linkname: it.target });
      else if (it.kind === "dir") await add({ ...h, type: "directory" });
      else await add({ ...h, type: "file", size: it.size }, await fs3.readFile(it.abs));
    }
    await add(
      { name: MANIFEST, mode: 420, mtime: /* @__PURE__ */ new Date(), type: "file", size: manifest.length },
      manifest
    );
    pack.finalize();
  } catch (e) {
    pack.destroy(e);
  }
  await done;
}
async function readVenvArchive(archive, dest, limits = {}) {
  const abs = import_node_path36.default.resolve(archive);
  const { extractArchive } = await Promise.resolve().then(() => __toESM(require_extract(), 1));
  await extractArchive(abs, dest, { ...limits, format: formatOf(abs) });
  const file = import_node_path36.default.join(dest, MANIFEST);
  let manifest;
  try {
    manifest = JSON.parse(await fs3.readFile(file, "utf8"));
  } catch {
    throw new ConfigurationError(`${archive} is not a python-embedded venv export (no ${MANIFEST}).`, {
      requested: archive,
      hint: "Import archives written by exportVirtualEnvironment / `pyembed venv export`."
    });
  }
  if (manifest.format !== 1 || typeof manifest.sourcePath !== "string") {
    throw new ConfigurationError(`${archive} has an unsupported venv export manifest.`, {
      requested: archive
    });
  }
  await fs3.rm(file);
  if (!await fs3.stat(import_node_path36.default.join(dest, "pyvenv.cfg")).catch(() => void 0)) {
    throw new ConfigurationError(`${archive} holds no pyvenv.cfg: not a virtual environment.`, {
      requested: archive
    });
  }
  return { ...manifest, links: manifest.links ?? {} };
}
var import_node_fs20, import_node_path36, import_promises4, MANIFEST;
var init_archive = __esm({
  "src/core/venvs/archive.ts"() {
    "use strict";
    import_node_fs20 = require("node:fs");
    init_async_fs();
    import_node_path36 = __toESM(require("node:path"), 1);
    import_promises4 = require("node:stream/promises");
    init_errors();
    init_builtins();
    MANIFEST = "pyembed-venv-export.json";
  }
});

// src/core/venvs/metadata.ts
function metadataPath(venvsDir, name) {
  return import_node_path37.default.join(venvsDir, META_DIR, `${name}.json`);
}
async function writeMetadata(venvsDir, m) {
  const file = metadataPath(venvsDir, m.name);
  await fs3.mkdir(import_node_path37.default.dirname(file), { recursive: true });
  const { rebuilt: _rebuilt, ...stored } = m;
  await writeFileAtomic(file, JSON.stringify(stored, null, 2) + "\n");
}
async function removeMetadata(venvsDir, name) {
  await fs3.rm(metadataPath(venvsDir, name), { force: true });
}
async function readStoredMetadata(venvsDir, name) {
  try {
    const m = JSON.parse(
      await fs3.readFile(metadataPath(venvsDir, name), "utf8")
    );
    if (!m || typeof m !== "object" || m.name !== name || typeof m.createdAt !== "string") return void 0;
    if (m.externalPath !== void 0 && typeof m.externalPath !== "string") return void 0;
    return {
      ...m,
      name,
      createdAt: m.createdAt,
      isExternal: Boolean(m.externalPath)
    };
  } catch {
    return void 0;
  }
}
async function rebuildMetadata(venvsDir, name, venvPath) {
  const entry = import_node_path37.default.join(venvsDir, name);
  const st = await fs3.lstat(entry).catch(() => void 0);
  const externalPath = st?.isSymbolicLink() ? import_node_path37.default.resolve(venvsDir, await fs3.readlink(entry)) : void 0;
  const cfg = await readPyvenvCfg(venvPath) ?? {};
  const cfgStat = await fs3.stat(import_node_path37.default.join(venvPath, "pyvenv.cfg")).catch(() => void 0);
  const created = cfgStat ? cfgStat.birthtimeMs > 0 ? cfgStat.birthtime : cfgStat.mtime : /* @__PURE__ */ new Date();
  return {
    name,
    ...externalPath ? { externalPath } : {},
    isExternal: Boolean(externalPath),
    createdAt: created.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version,
    uvVersion: cfg.uv,
    rebuilt: true
  };
}
var import_node_path37;
var init_metadata = __esm({
  "src/core/venvs/metadata.ts"() {
    "use strict";
    init_async_fs();
    import_node_path37 = __toESM(require("node:path"), 1);
    init_layout2();
    init_fs();
  }
});

// src/core/venvs/info.ts
async function describeVenv(venv, meta, signal) {
  const name = venv.name;
  const cfg = await readPyvenvCfg(venv.path) ?? {};
  const [sp] = await sitePackagesDirs(venv.path);
  const modStat = (sp ? await fs3.stat(sp).catch(() => void 0) : void 0) ?? await fs3.stat(import_node_path38.default.join(venv.path, "pyvenv.cfg")).catch(() => void 0);
  const packagesCount = await venv.list({ signal }).then((l) => l.length).catch(() => void 0);
  return {
    name,
    path: venv.path,
    exists: true,
    isExternal: venv.isExternal,
    ...venv.isExternal ? { externalPath: venv.path } : {},
    sizeBytes: await treeSize(venv.path),
    createdAt: meta.createdAt,
    modifiedAt: modStat?.mtime.toISOString(),
    pythonVersion: cfg.version_info ?? cfg.version ?? meta.pythonVersion,
    uvVersion: cfg.uv ?? meta.uvVersion,
    home: cfg.home,
    packagesCount,
    metadata: meta
  };
}
var import_node_path38;
var init_info = __esm({
  "src/core/venvs/info.ts"() {
    "use strict";
    init_async_fs();
    import_node_path38 = __toESM(require("node:path"), 1);
    init_layout2();
  }
});

// src/core/venvs/import.ts
async function unpackVenvArchive(archivePath, staging, dest, o) {
  const manifest = await readVenvArchive(archivePath, staging, o.archiveLimits);
  const here = platformKey(hostPlatform());
  if (manifest.platform && manifest.platform !== here) {
    throw new ConfigurationError(`The archive holds a ${manifest.platform} venv; this machine is ${here}.`, {
      requested: manifest.platform,
      available: [here],
      hint: "Venvs hold compiled code: import them on the platform they were made on."
    });
  }
  const mine = await o.pythonVersion();
  if (manifest.pythonVersion && minor(manifest.pythonVersion) !== minor(mine)) {
    throw new ConfigurationError(
      `The archive holds a Python ${manifest.pythonVersion} venv; this instance is Python ${mine}.`,
      {
        requested: manifest.pythonVersion,
        available: [mine],
        hint: "Import it into an instance of the same minor version."
      }
    );
  }
  await restoreLinks(staging, manifest.links, manifest.sourcePath, manifest.home, o);
  const moved = await relocateVenv(staging, {
    from: manifest.sourcePath,
    to: dest,
    basePython: o.pythonPath
  });
  refuseStaleLaunchers(moved, manifest.sourcePath);
}
async function restoreLinks(dir2, links, sourcePath, oldHome, o) {
  const bin = import_node_path39.default.relative(dir2, venvBinDir(dir2)).split(import_node_path39.default.sep).join("/");
  for (const [rel, target] of Object.entries(links)) {
    const parts = rel.split("/");
    if (!rel || parts.some((p) => !p || p === "." || p === "..") || import_node_path39.default.isAbsolute(rel)) continue;
    const abs = import_node_path39.default.join(dir2, ...parts);
    let next;
    if (target === sourcePath || target.startsWith(sourcePath + "/"))
      next = target;
    else if (parts.length === 2 && parts[0] === bin && /^python/.test(parts[1])) next = o.pythonPath;
    else if (oldHome && import_node_path39.default.dirname(target) === oldHome) next = o.pythonPath;
    if (!next) {
      o.logger.warn(`Import: dropping link ${rel} -> ${target} (outside the venv).`);
      continue;
    }
    await fs3.mkdir(import_node_path39.default.dirname(abs), { recursive: true });
    await fs3.rm(abs, { force: true });
    await fs3.symlink(next, abs);
  }
}
function minor(v) {
  return v.split(".").slice(0, 2).join(".");
}
var import_node_path39;
var init_import = __esm({
  "src/core/venvs/import.ts"() {
    "use strict";
    init_async_fs();
    import_node_path39 = __toESM(require("node:path"), 1);
    init_errors();
    init_platform2();
    init_archive();
    init_layout2();
    init_relocate();
  }
});

// src/core/venvs/repair.ts
async function assertVenvOf(dir2, pythonPath) {
  const home = (await readPyvenvCfg(dir2))?.home;
  const mine = import_node_path40.default.dirname(pythonPath);
  if (home && import_node_path40.default.resolve(home) !== mine && !await sameFile(home, mine)) {
    throw new ConfigurationError(`${dir2} is a venv of another Python (home = ${home}).`, {
      requested: dir2,
      hint: "Pass recreate: true to rebuild it on this instance, or choose another path."
    });
  }
}
async function repairMovedVenv(venvDir, pythonPath, logger) {
  const recorded = await recordedVenvPath(venvDir);
  const home = (await readPyvenvCfg(venvDir))?.home;
  const mine = import_node_path40.default.dirname(pythonPath);
  const homeMoved = home !== void 0 && import_node_path40.default.resolve(home) !== mine && !await sameFile(home, mine) && !await fs3.stat(import_node_path40.default.join(home, import_node_path40.default.basename(pythonPath))).catch(() => void 0);
  const selfMoved = recorded !== void 0 && import_node_path40.default.resolve(recorded) !== venvDir;
  if (!homeMoved && !selfMoved) return;
  logger.info(`Venv ${venvDir} moved (was ${recorded ?? venvDir}, home ${home}); re-pointing its paths.`);
  await relocateVenv(venvDir, {
    from: recorded ?? venvDir,
    to: venvDir,
    ...homeMoved ? { basePython: pythonPath } : {}
  });
}
async function sameFile(a, b) {
  try {
    const [x, y] = await Promise.all([fs3.realpath(a), fs3.realpath(b)]);
    return x === y;
  } catch {
    return false;
  }
}
var import_node_path40;
var init_repair = __esm({
  "src/core/venvs/repair.ts"() {
    "use strict";
    init_async_fs();
    import_node_path40 = __toESM(require("node:path"), 1);
    init_errors();
    init_layout2();
    init_relocate();
  }
});

// src/core/venvs/virtual-environment.ts
var VirtualEnvironment;
var init_virtual_environment = __esm({
  "src/core/venvs/virtual-environment.ts"() {
    "use strict";
    init_runtime();
    init_layout2();
    VirtualEnvironment = class extends PythonRuntime {
      name;
      path;
      isExternal;
      constructor(o) {
        super({ ...o, pythonPath: venvPython(o.path) });
        this.name = o.name;
        this.path = o.path;
        this.isExternal = Boolean(o.isExternal);
      }
      /** `bin/` (POSIX) or `Scripts\` (Windows): console scripts live here. */
      get binDir() {
        return venvBinDir(this.path);
      }
      /** Code and scripts run "activated": VIRTUAL_ENV set and bin/ first on PATH (the caller's env still wins). */
      execOptions(o) {
        if (o.envMode === "replace") return o;
        const act = this.activationEnv();
        const key = Object.keys(act).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
        return { ...o, env: { VIRTUAL_ENV: act.VIRTUAL_ENV, [key]: act[key], PYTHONHOME: void 0, ...o.env } };
      }
      /**
       * Environment variables that "activate" this venv for a child process (what `activate` does):
       * VIRTUAL_ENV, PATH with bin/ first, no PYTHONHOME.
       */
      activationEnv(base = process.env) {
        const env = { ...base };
        delete env.PYTHONHOME;
        const key = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
        const sep = process.platform === "win32" ? ";" : ":";
        env[key] = env[key] ? `${this.binDir}${sep}${env[key]}` : this.binDir;
        env.VIRTUAL_ENV = this.path;
        return env;
      }
    };
  }
});

// src/core/venvs/manager.ts
async function assertEmptyOrAbsent(dir2, allowVenv) {
  const entries = await fs3.readdir(dir2).catch(() => void 0);
  if (!entries || entries.length === 0) return;
  if (allowVenv && await isVenv(dir2)) return;
  throw new ConfigurationError(`${dir2} already exists and is not empty.`, {
    requested: dir2,
    hint: "Choose an empty or new directory for the venv."
  });
}
async function linkExternal(entry, target) {
  await fs3.rm(entry, { recursive: true, force: true });
  await fs3.symlink(target, entry, process.platform === "win32" ? "junction" : "dir");
}
function isInside(child, parent) {
  const rel = import_node_path41.default.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !import_node_path41.default.isAbsolute(rel);
}
var import_node_path41, VirtualEnvironmentManager;
var init_manager = __esm({
  "src/core/venvs/manager.ts"() {
    "use strict";
    init_async_fs();
    import_node_path41 = __toESM(require("node:path"), 1);
    init_errors();
    init_fs();
    init_host();
    init_lock();
    init_log();
    init_platform2();
    init_probe();
    init_archive();
    init_create();
    init_layout2();
    init_metadata();
    init_relocate();
    init_info();
    init_import();
    init_repair();
    init_virtual_environment();
    init_builtins();
    VirtualEnvironmentManager = class {
      venvsDir;
      instance;
      runtimeOptions;
      logger;
      archiveLimits;
      instanceVersion;
      constructor(o) {
        const { instance, archiveLimits, ...rest } = o;
        this.archiveLimits = archiveLimits;
        this.instance = { pythonPath: import_node_path41.default.resolve(instance.pythonPath), dir: import_node_path41.default.resolve(instance.dir) };
        this.venvsDir = import_node_path41.default.join(this.instance.dir, "venvs");
        this.runtimeOptions = rest;
        this.logger = o.logger ?? silentLogger;
      }
      // ---------------------------------------------------------------- lookup
      /** Names of the venvs that exist (internal and external), sorted. */
      async list() {
        const out = [];
        for (const e of await fs3.readdir(this.venvsDir, { withFileTypes: true }).catch(() => [])) {
          if (e.name === META_DIR || e.name.startsWith(".tmp-")) continue;
          if ((e.isDirectory() || e.isSymbolicLink()) && await isVenv(import_node_path41.default.join(this.venvsDir, e.name)))
            out.push(e.name);
        }
        return out.sort();
      }
      async exists(name) {
        return isVenv(import_node_path41.default.join(this.venvsDir, validateVenvName(name)));
      }
      /** The real directory of `name` (following an external link); where it would be created if absent. */
      async resolvePath(name) {
        const entry = import_node_path41.default.join(this.venvsDir, validateVenvName(name));
        const st = await fs3.lstat(entry).catch(() => void 0);
        if (st?.isSymbolicLink()) return import_node_path41.default.resolve(this.venvsDir, await fs3.readlink(entry));
        if (!st) {
          const stored = await readStoredMetadata(this.venvsDir, name);
          if (stored?.externalPath) return stored.externalPath;
        }
        return entry;
      }
      /** Stored metadata, rebuilt (and re-saved) from the files when missing or corrupt; undefined if no venv. */
      async metadata(name) {
        validateVenvName(name);
        if (!await this.exists(name)) return void 0;
        const stored = await readStoredMetadata(this.venvsDir, name);
        if (stored) return stored;
        const rebuilt = await rebuildMetadata(this.venvsDir, name, await this.resolvePath(name));
        this.logger.warn(`Metadata of venv "${name}" was missing or corrupt; rebuilt it from the files.`);
        await writeMetadata(this.venvsDir, rebuilt).catch(() => {
        });
        return rebuilt;
      }
      /** The venv as a runtime; VirtualEnvironmentNotFoundError when it does not exist. */
      async get(name) {
        if (!await this.exists(name)) throw this.notFound(name);
        const p = await this.resolvePath(name);
        const entry = import_node_path41.default.join(this.venvsDir, name);
        return this.open(name, p, p !== entry);
      }
      async size(name) {
        if (!await this.exists(name)) throw this.notFound(name);
        return treeSize(await this.resolvePath(name));
      }
      async info(name, o = {}) {
        return describeVenv(await this.get(name), await this.metadata(name), o.signal);
      }
      // ---------------------------------------------------------------- create / delete
      /**
       * Returns the venv `name`, creating it with `uv venv --python <instance python>` if needed. An existing
       * venv is returned as is (its `home` is repaired if the instance moved); `recreate` starts it afresh.
       */
      async getOrCreate(name, o = {}) {
        validateVenvName(name);
        let external = o.path ? import_node_path41.default.resolve(o.path) : void 0;
        if (external && isInside(external, this.instance.dir)) {
          throw new ConfigurationError(`External venv path ${external} is inside the instance directory.`, {
            requested: external,
            hint: "Omit `path` to create it in the instance, or choose a directory outside it."
          });
        }
        await fs3.mkdir(import_node_path41.default.join(this.venvsDir, META_DIR), { recursive: true });
        return withLock(this.lockPath(name), async (lock) => {
          const entry = import_node_path41.default.join(this.venvsDir, name);
          if (await isVenv(entry) && await fs3.lstat(venvPython(entry)).catch(() => void 0)) {
            const current2 = await this.resolvePath(name);
            if (external && current2 !== external && !o.recreate) {
              throw new ConfigurationError(`A venv named "${name}" already exists at ${current2}.`, {
                requested: external,
                available: [current2],
                hint: "Use another name, delete it first, or pass recreate: true."
              });
            }
            if (!o.recreate) {
              await repairMovedVenv(current2, this.instance.pythonPath, this.logger);
              await this.metadata(name);
              return this.open(name, current2, current2 !== entry);
            }
            if (!external && current2 !== entry) external = current2;
            await this.removeFiles(name, true);
          } else {
            await fs3.rm(entry, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
          }
          const target = external ?? entry;
          let origin = "created";
          if (external && await isVenv(external) && !o.recreate) {
            await assertVenvOf(external, this.instance.pythonPath);
            origin = "adopted";
          } else {
            if (external) await assertEmptyOrAbsent(external, o.recreate);
            await this.createWithUv(target, name, { ...o, onSpawn: (pid, group) => lock.track(pid, group) });
          }
          if (external) await linkExternal(entry, external);
          const cfg = await readPyvenvCfg(target) ?? {};
          await writeMetadata(this.venvsDir, {
            name,
            ...external ? { externalPath: external } : {},
            isExternal: Boolean(external),
            createdAt: (/* @__PURE__ */ new Date()).toISOString(),
            pythonVersion: cfg.version_info,
            uvVersion: cfg.uv,
            seed: Boolean(o.seed),
            origin: { kind: origin }
          });
          return this.open(name, target, Boolean(external));
        });
      }
      /**
       * Deletes the venv. For an external venv, `deleteExternalFiles: false` only forgets it (link and metadata).
       * Returns false when there was nothing to delete.
       */
      async delete(name, o = {}) {
        validateVenvName(name);
        const entry = import_node_path41.default.join(this.venvsDir, name);
        const known = await fs3.lstat(entry).catch(() => void 0) !== void 0 || await readStoredMetadata(this.venvsDir, name) !== void 0;
        if (!known) return false;
        await fs3.mkdir(import_node_path41.default.join(this.venvsDir, META_DIR), { recursive: true });
        await withLock(this.lockPath(name), () => this.removeFiles(name, o.deleteExternalFiles ?? true));
        return true;
      }
      // ---------------------------------------------------------------- clone / export / import
      /** Copies `source` to `target` (internal, or at `o.path`) and re-points every path at the copy. */
      async clone(source, target, o = {}) {
        const src = await this.get(source);
        validateVenvName(target);
        const dest = o.path ? import_node_path41.default.resolve(o.path) : import_node_path41.default.join(this.venvsDir, target);
        await fs3.mkdir(import_node_path41.default.join(this.venvsDir, META_DIR), { recursive: true });
        return withLock(this.lockPath(target), async () => {
          await this.assertFree(target, dest);
          const staging = import_node_path41.default.join(import_node_path41.default.dirname(dest), `.tmp-${import_node_path41.default.basename(dest)}-${randomTag()}`);
          try {
            await copyTree(src.path, staging);
            const from = await recordedVenvPath(src.path) ?? src.path;
            refuseStaleLaunchers(await relocateVenv(staging, { from, to: dest }), from);
            await renameWithRetry(staging, dest);
          } catch (e) {
            await fs3.rm(staging, { recursive: true, force: true });
            throw e;
          }
          return this.register(target, dest, Boolean(o.path), { kind: "cloned", from: source });
        });
      }
      /** Writes the venv to a .zip or .tar.gz (by extension); paths inside are re-pointed on import. Returns the archive path. */
      async export(name, outputPath) {
        const venv = await this.get(name);
        const cfg = await readPyvenvCfg(venv.path) ?? {};
        return writeVenvArchive(venv.path, outputPath, {
          format: 1,
          name,
          sourcePath: await recordedVenvPath(venv.path) ?? venv.path,
          home: cfg.home,
          pythonVersion: cfg.version_info,
          uvVersion: cfg.uv,
          platform: platformKey(hostPlatform()),
          exportedAt: (/* @__PURE__ */ new Date()).toISOString()
        });
      }
      /**
       * Imports an export as `name` (internal, or at `o.path`): extracts into a temp dir next to the target, checks
       * the Python minor version matches this instance, re-points `home`, the interpreter links, shebangs and
       * activate scripts, then renames into place.
       */
      async import(archivePath, name, o = {}) {
        validateVenvName(name);
        const dest = o.path ? import_node_path41.default.resolve(o.path) : import_node_path41.default.join(this.venvsDir, name);
        await fs3.mkdir(import_node_path41.default.join(this.venvsDir, META_DIR), { recursive: true });
        return withLock(this.lockPath(name), async () => {
          await this.assertFree(name, dest);
          const staging = import_node_path41.default.join(import_node_path41.default.dirname(dest), `.tmp-${import_node_path41.default.basename(dest)}-${randomTag()}`);
          try {
            await unpackVenvArchive(archivePath, staging, dest, {
              pythonPath: this.instance.pythonPath,
              pythonVersion: () => this.instancePythonVersion(),
              archiveLimits: this.archiveLimits,
              logger: this.logger
            });
            await renameWithRetry(staging, dest);
          } catch (e) {
            await fs3.rm(staging, { recursive: true, force: true });
            throw e;
          }
          return this.register(name, dest, Boolean(o.path), {
            kind: "imported",
            from: import_node_path41.default.resolve(archivePath)
          });
        });
      }
      // ---------------------------------------------------------------- internals
      uv() {
        return this.runtimeOptions.uv;
      }
      open(name, p, isExternal) {
        return new VirtualEnvironment({ ...this.runtimeOptions, name, path: p, isExternal });
      }
      notFound(name) {
        return new VirtualEnvironmentNotFoundError(
          `Virtual environment "${name}" not found in ${this.venvsDir}.`,
          {
            requested: name,
            virtualEnvironmentName: name,
            hint: "Create it with getOrCreate() / `pyembed venv create`."
          }
        );
      }
      lockPath(name) {
        return import_node_path41.default.join(this.venvsDir, META_DIR, `${name}.lock`);
      }
      async createWithUv(target, name, o) {
        await createVenv(this.uv(), this.instance.pythonPath, target, {
          prompt: o.prompt ?? name,
          seed: o.seed,
          relocatable: o.relocatable ?? isWindowsHost(),
          signal: o.signal,
          onSpawn: o.onSpawn
        });
      }
      async removeFiles(name, deleteExternalFiles) {
        const entry = import_node_path41.default.join(this.venvsDir, name);
        const st = await fs3.lstat(entry).catch(() => void 0);
        const stored = await readStoredMetadata(this.venvsDir, name);
        const external = st?.isSymbolicLink() ? import_node_path41.default.resolve(this.venvsDir, await fs3.readlink(entry)) : stored?.externalPath;
        if (st?.isSymbolicLink()) await fs3.rm(entry, { force: true });
        else if (st) await fs3.rm(entry, { recursive: true, force: true });
        if (external && deleteExternalFiles && await isVenv(external))
          await fs3.rm(external, { recursive: true, force: true });
        await removeMetadata(this.venvsDir, name);
      }
      async assertFree(name, dest) {
        const entry = import_node_path41.default.join(this.venvsDir, name);
        if (await isVenv(entry)) {
          throw new ConfigurationError(`A venv named "${name}" already exists.`, {
            requested: name,
            hint: "Choose another name or delete the existing venv first."
          });
        }
        if (dest !== entry) await assertEmptyOrAbsent(dest, false);
        else await fs3.rm(entry, { recursive: true, force: true });
      }
      async register(name, dest, external, origin) {
        const entry = import_node_path41.default.join(this.venvsDir, name);
        if (external) await linkExternal(entry, dest);
        const cfg = await readPyvenvCfg(dest) ?? {};
        await writeMetadata(this.venvsDir, {
          name,
          ...external ? { externalPath: dest } : {},
          isExternal: external,
          createdAt: (/* @__PURE__ */ new Date()).toISOString(),
          pythonVersion: cfg.version_info,
          uvVersion: cfg.uv,
          origin
        });
        return this.open(name, dest, external);
      }
      async instancePythonVersion() {
        this.instanceVersion ??= (await probeInterpreter(this.instance.pythonPath)).version;
        return this.instanceVersion;
      }
    };
  }
});

// src/core/packages/project-sync.ts
function syncArgs(plan, uv, venvDir) {
  const args = ["sync", plan.mode === "frozen" ? "--frozen" : "--locked", `--python=${venvPython(venvDir)}`];
  args.push(...uv.indexArgs());
  for (const g of plan.groups) args.push(`--group=${g}`);
  if (plan.allGroups) args.push("--all-groups");
  if (plan.noDefaultGroups) args.push("--no-default-groups");
  for (const e of plan.extras) args.push(`--extra=${e}`);
  if (plan.allExtras) args.push("--all-extras");
  if (plan.workspacePackage) args.push(`--package=${plan.workspacePackage}`);
  if (!plan.editable) args.push("--no-editable");
  return args;
}
async function projectConfigEnv(configDir) {
  const file = import_node_path42.default.join(configDir, "uv", "uv.toml");
  await fs3.mkdir(import_node_path42.default.dirname(file), { recursive: true });
  await fs3.writeFile(file, "", { flag: "a" });
  return {
    UV_NO_CONFIG: void 0,
    UV_CONFIG_FILE: void 0,
    XDG_CONFIG_HOME: configDir,
    XDG_CONFIG_DIRS: configDir,
    APPDATA: configDir
  };
}
async function syncProject(plan, uv, venvDir, ctx) {
  const env = { ...await projectConfigEnv(ctx.configDir), UV_PROJECT_ENVIRONMENT: venvDir };
  const r = await uv.with({ useUserConfig: true }).run(syncArgs(plan, uv, venvDir), { cwd: plan.dir, env, signal: ctx.signal, onOutput: ctx.onOutput });
  if (r.exitCode === 0) return;
  const text3 = uvErrorText(r.stderr, r.stdout);
  const stale = /needs to be updated, but `--locked` was provided/.test(r.stderr);
  throw new PackageInstallationError(
    stale ? `${plan.lockFile} no longer matches pyproject.toml; nothing was installed.` : `Installing the locked project ${plan.dir} failed: ${text3}`,
    {
      requested: plan.lockFile,
      installationOutput: r.stderr,
      exitCode: r.exitCode,
      hint: stale ? `Re-lock with \`uv lock\` in ${import_node_path42.default.dirname(plan.lockFile)} and commit uv.lock (or use lock: frozen to install it unchecked).` : "Check the lock and the index; uv said why above."
    }
  );
}
var import_node_path42;
var init_project_sync = __esm({
  "src/core/packages/project-sync.ts"() {
    "use strict";
    init_async_fs();
    import_node_path42 = __toESM(require("node:path"), 1);
    init_errors();
    init_layout2();
    init_parse2();
  }
});

// src/core/setup/package-stamp.ts
function isRegistryRequirement(line) {
  const text3 = line.replace(/(^|\s)#.*$/, "").trim();
  return text3 === "" || REGISTRY_REQUIREMENT.test(text3) && !ARCHIVE.test(text3);
}
async function packageRequest(plan, cwd, venvDir) {
  if (plan.project || plan.pyproject || plan.editable) return void 0;
  if (!plan.specs.every(isRegistryRequirement)) return void 0;
  const read = (f) => {
    const file = import_node_path43.default.resolve(cwd, f);
    let text3;
    try {
      text3 = (0, import_node_fs21.readFileSync)(file, "utf8");
    } catch {
      text3 = void 0;
    }
    return text3 !== void 0 && !text3.includes("\\") && text3.split(/\r?\n/).every(isRegistryRequirement) ? [file, text3] : void 0;
  };
  const requirements = plan.requirements.map(read);
  const constraints = plan.constraints.map(read);
  if ([...requirements, ...constraints].includes(void 0)) return void 0;
  const home = (await readPyvenvCfg(venvDir))?.home;
  if (home === void 0) return void 0;
  return { home, requirements, constraints, specs: plan.specs, index: plan.index };
}
async function siteState(venvDir) {
  const site = await sitePackagesDir(venvDir);
  if (!site) return void 0;
  let names;
  try {
    names = (0, import_node_fs21.readdirSync)(site).filter((n) => n !== "__pycache__");
  } catch {
    return void 0;
  }
  return names.sort().map((n) => {
    if (!n.endsWith(".dist-info")) return n;
    const st = (0, import_node_fs21.statSync)(import_node_path43.default.join(site, n), { bigint: true, throwIfNoEntry: false });
    return `${n} ${st?.ctimeNs ?? "?"}`;
  });
}
async function namesIfUnchanged(venvDir, request) {
  let stored;
  try {
    stored = (0, import_node_fs21.readFileSync)(import_node_path43.default.join(venvDir, STAMP_FILE), "utf8");
  } catch {
    return void 0;
  }
  const site = await siteState(venvDir);
  if (site === void 0) return void 0;
  let stamp;
  try {
    stamp = JSON.parse(stored);
  } catch {
    return void 0;
  }
  const same = stamp.format === FORMAT && Array.isArray(stamp.names) && JSON.stringify(stamp.request) === JSON.stringify(request) && JSON.stringify(stamp.site) === JSON.stringify(site);
  return same ? stamp.names : void 0;
}
async function writeStamp(venvDir, request, names) {
  const site = await siteState(venvDir);
  if (!site) return;
  const stamp = { format: FORMAT, request, site, names };
  writeFileAtomicSync(import_node_path43.default.join(venvDir, STAMP_FILE), JSON.stringify(stamp) + "\n");
}
var import_node_fs21, import_node_path43, STAMP_FILE, FORMAT, REGISTRY_REQUIREMENT, ARCHIVE;
var init_package_stamp = __esm({
  "src/core/setup/package-stamp.ts"() {
    "use strict";
    import_node_fs21 = require("node:fs");
    import_node_path43 = __toESM(require("node:path"), 1);
    init_fs();
    init_layout2();
    STAMP_FILE = ".pyembed-packages.json";
    FORMAT = 2;
    REGISTRY_REQUIREMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[A-Za-z0-9._,\s-]*\])?\s*([<>=!~][^;@/\\]*)?(;[^@/\\]*)?$/;
    ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)\b/i;
  }
});

// src/core/uv/checksums.ts
function shippedUvSha256(version, assetName, table = SHIPPED_UV_CHECKSUMS) {
  return table[version]?.[assetName]?.toLowerCase();
}
var SHIPPED_UV_CHECKSUMS;
var init_checksums = __esm({
  "src/core/uv/checksums.ts"() {
    "use strict";
    SHIPPED_UV_CHECKSUMS = {};
  }
});

// src/core/uv/install.ts
async function ensureUv(o) {
  const log = o.logger ?? silentLogger;
  if (o.uvPath) return givenUv(o.uvPath, o, log);
  if (o.system) return systemUv(o, log);
  const version = checkVersion(o.version ?? DEFAULT_UV_VERSION);
  const asset = uvAsset(o.platform ?? hostPlatform());
  const root = import_node_path44.default.join(import_node_path44.default.resolve(o.toolsDir), "uv");
  const dir2 = uvInstallDir(o.toolsDir, version, asset);
  const exe = import_node_path44.default.join(dir2, asset.exe);
  const cached = await readInstalled(dir2, exe, version, asset.triple);
  if (cached) return { path: exe, version, source: "cache" };
  await fs3.mkdir(root, { recursive: true });
  return withLock(import_node_path44.default.join(root, `${version}-${asset.triple}.lock`), async () => {
    if (await readInstalled(dir2, exe, version, asset.triple))
      return { path: exe, version, source: "cache" };
    await downloadUv(version, asset, root, dir2, o, log);
    return { path: exe, version, source: "download" };
  });
}
async function givenUv(uvPath, o, log) {
  const p = import_node_path44.default.resolve(uvPath);
  await assertExecutable(p, "uvPath");
  const version = await probeUvVersion(p, o.signal);
  if (o.version && o.version !== version)
    log.warn(`uv at ${p} is ${version}, not the requested ${o.version}.`);
  return { path: p, version, source: "path" };
}
async function systemUv(o, log) {
  const p = await findOnPath(process.platform === "win32" ? "uv.exe" : "uv");
  if (!p) {
    throw new UvNotFoundError("uv was requested from PATH (system) but none was found.", {
      requested: "system",
      hint: 'Install uv on PATH, or drop "system" to let python-embedded install its pinned uv.'
    });
  }
  const version = await probeUvVersion(p, o.signal);
  log.info(`Using uv ${version} from PATH: ${p}`);
  return { path: p, version, source: "system" };
}
async function downloadUv(version, asset, root, dir2, o, log) {
  const base = o.downloadBaseUrl ? mirrorBase(o.downloadBaseUrl) : DEFAULT_UV_DOWNLOAD_URL;
  const token = o.downloadBaseUrl ? void 0 : o.token;
  const url = uvAssetUrl(version, asset, base);
  const tmp = import_node_path44.default.join(root, `.tmp-${version}-${randomTag()}`);
  await fs3.mkdir(tmp, { recursive: true });
  try {
    const sha2562 = o.sha256?.toLowerCase() ?? shippedUvSha256(version, asset.name, o.knownChecksums) ?? await fetchCompanionSha256(url, { ...o, token });
    log.info(`Downloading uv ${version} (${asset.name}) from ${url}`);
    const unpacked = await fetchUvArchive(url, asset, tmp, {
      sha256: sha2562,
      allowMissingChecksum: o.allowMissingChecksum,
      token,
      logger: log,
      signal: o.signal
    });
    const staging = await unpackUv(
      unpacked.dir,
      tmp,
      version,
      asset,
      { url, sha256: unpacked.sha256, base },
      o.signal
    );
    await fs3.rm(dir2, { recursive: true, force: true });
    await fs3.mkdir(import_node_path44.default.dirname(dir2), { recursive: true });
    await renameWithRetry(staging, dir2);
    log.info(`Installed uv ${version} into ${dir2}`);
  } finally {
    await fs3.rm(tmp, { recursive: true, force: true });
  }
}
async function fetchUvArchive(url, asset, tmp, dl) {
  const dir2 = import_node_path44.default.join(tmp, "unpacked");
  const { extractArchive, extractTarStream } = await Promise.resolve().then(() => __toESM(require_extract(), 1));
  if (asset.format === "zip") {
    const archive = import_node_path44.default.join(tmp, asset.name);
    const { sha256: sha2563 } = await downloadFile(url, archive, dl);
    await extractArchive(archive, dir2, { format: "zip" });
    return { dir: dir2, sha256: sha2563 };
  }
  const format = asset.format;
  await fs3.mkdir(dir2);
  const { sha256: sha2562 } = await streamUrl(url, {
    ...dl,
    consume: (body) => extractTarStream(body, dir2, format, { name: asset.name, signal: dl.signal }),
    reset: async () => {
      await fs3.rm(dir2, { recursive: true, force: true });
      await fs3.mkdir(dir2);
    }
  });
  return { dir: dir2, sha256: sha2562 };
}
async function unpackUv(unpacked, tmp, version, asset, from, signal) {
  const staging = import_node_path44.default.join(tmp, "staging");
  await fs3.mkdir(staging);
  const srcDir = await findBinDir(unpacked, asset.innerDir, asset.exe);
  for (const name of await fs3.readdir(srcDir)) {
    await renameWithRetry(import_node_path44.default.join(srcDir, name), import_node_path44.default.join(staging, name));
  }
  if (process.platform !== "win32") await fs3.chmod(import_node_path44.default.join(staging, asset.exe), 493);
  const got = await probeUvVersion(import_node_path44.default.join(staging, asset.exe), signal);
  if (got !== version) {
    throw new ChecksumMismatchError(`The archive for uv ${version} contains uv ${got}.`, {
      requested: version,
      available: [got],
      hint: `Check the uv download base (${from.base}).`
    });
  }
  const exeBytes = (await fs3.stat(import_node_path44.default.join(staging, asset.exe))).size;
  const marker = {
    version,
    exeBytes,
    triple: asset.triple,
    sha256: from.sha256,
    url: from.url,
    installedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  await fs3.writeFile(import_node_path44.default.join(staging, MARKER), JSON.stringify(marker, null, 2) + "\n");
  return staging;
}
function uvInstallDir(toolsDir, version, asset) {
  return import_node_path44.default.join(import_node_path44.default.resolve(toolsDir), "uv", version, asset.triple);
}
async function fetchCompanionSha256(url, o) {
  const log = o.logger ?? silentLogger;
  let text3;
  let why = "not published (404)";
  try {
    text3 = await fetchText(`${url}.sha256`, { token: o.token, signal: o.signal });
  } catch (e) {
    why = e.message;
  }
  if (text3 === void 0) {
    if (o.allowMissingChecksum) {
      log.warn(`No checksum for ${url} (${why}); installing unverified (allowMissingChecksum).`);
      return void 0;
    }
    throw new DownloadError(`Could not get the checksum of the uv archive ${url}.sha256: ${why}.`, {
      requested: `${url}.sha256`,
      hint: "Check the uv download base and network, pass the sha256 explicitly, or set allowMissingChecksum."
    });
  }
  const m = /^\s*([0-9a-fA-F]{64})\b/.exec(text3);
  if (!m) {
    throw new ChecksumMismatchError(
      `${url}.sha256 does not hold a sha256 (${JSON.stringify(text3.slice(0, 80))}).`,
      {
        requested: `${url}.sha256`
      }
    );
  }
  return m[1].toLowerCase();
}
async function readInstalled(dir2, exe, version, triple) {
  try {
    const m = JSON.parse(await fs3.readFile(import_node_path44.default.join(dir2, MARKER), "utf8"));
    if (m.version !== version || m.triple !== triple) return false;
    await fs3.access(exe, process.platform === "win32" ? import_node_fs22.constants.F_OK : import_node_fs22.constants.X_OK);
    return m.exeBytes === void 0 || (await fs3.stat(exe)).size === m.exeBytes;
  } catch {
    return false;
  }
}
async function findBinDir(root, innerDir, exe) {
  for (const cand of [import_node_path44.default.join(root, innerDir), root]) if (await exists2(import_node_path44.default.join(cand, exe))) return cand;
  for (const e of await fs3.readdir(root, { withFileTypes: true })) {
    if (e.isDirectory() && await exists2(import_node_path44.default.join(root, e.name, exe))) return import_node_path44.default.join(root, e.name);
  }
  throw new DownloadError(`The uv archive has no ${exe} (looked in ${innerDir || "/"}).`, { requested: exe });
}
function checkVersion(v) {
  const s = v.trim().replace(/^v/, "");
  if (!/^\d+\.\d+\.\d+(?:[-.]?[A-Za-z0-9.]+)?$/.test(s)) {
    throw new ConfigurationError(
      `uv version must be an exact release like ${DEFAULT_UV_VERSION}, got ${JSON.stringify(v)}.`,
      {
        requested: v,
        hint: `Pin an exact uv version (default ${DEFAULT_UV_VERSION}).`
      }
    );
  }
  return s;
}
async function assertExecutable(p, what) {
  try {
    const st = await fs3.stat(p);
    if (!st.isFile()) throw new Error("not a file");
    if (process.platform !== "win32") await fs3.access(p, import_node_fs22.constants.X_OK);
  } catch (e) {
    throw new UvNotFoundError(`${what} ${p} is not an executable file (${e.message}).`, {
      requested: p
    });
  }
}
var import_node_fs22, import_node_path44, MARKER;
var init_install2 = __esm({
  "src/core/uv/install.ts"() {
    "use strict";
    import_node_fs22 = require("node:fs");
    init_async_fs();
    import_node_path44 = __toESM(require("node:path"), 1);
    init_download();
    init_lock();
    init_mirror();
    init_errors();
    init_log();
    init_platform2();
    init_fs();
    init_checksums();
    init_triple();
    init_uv();
    init_builtins();
    MARKER = "pyembed-uv.json";
  }
});

// src/core/uv/releases.ts
async function resolveUvRelease(req2, o) {
  if (req2.kind === "exact") return req2.version;
  if (o.offline) {
    throw new ConfigurationError(
      `uv version "${req2.text}" needs the list of uv releases, and offline mode forbids asking for it.`,
      {
        key: "uvVersion",
        requested: req2.text,
        hint: "Pin an exact uv version (one already installed, or served by a local uv download directory)."
      }
    );
  }
  const log = o.logger ?? silentLogger;
  const releases = new GitHubReleases({
    apiUrl: o.apiUrl,
    token: o.token,
    repo: UV_REPO,
    pageSize: 100,
    cacheDir: o.cacheDir ? import_node_path45.default.join(o.cacheDir, "uv-releases") : void 0,
    logger: log
  });
  const version = req2.kind === "latest" ? await latest(releases) : await newestInRange(releases, req2);
  log.info(`uv version "${req2.text}" resolved to ${version} (${releases.apiUrl}, ${UV_REPO}).`);
  return version;
}
async function latest(releases) {
  const tag = await releases.latestTag();
  if (!tag) throw notFound("latest", [], releases.apiUrl);
  return tag.replace(/^v/, "");
}
async function newestInRange(releases, req2) {
  const seen = [];
  let best;
  for await (const page of releases.summaries()) {
    for (const r of page) {
      const v = r.tag.replace(/^v/, "");
      if (!parseVersion(v)) continue;
      seen.push(v);
      if (req2.contains(v) && (!best || compareVersionText(v, best) > 0)) best = v;
    }
  }
  if (!best) throw notFound(req2.text, seen, releases.apiUrl);
  return best;
}
function notFound(text3, seen, apiUrl) {
  const newest = seen.slice(0, 8);
  return new UvNotFoundError(
    `No uv release matches "${text3}" (${seen.length} releases of ${UV_REPO} at ${apiUrl}${newest.length ? `; newest: ${newest.join(", ")}` : ""}).`,
    {
      requested: text3,
      available: newest,
      hint: "Widen the range, pin an exact uv version, or check the GitHub API URL (GITHUB_API_URL / --github-api-url)."
    }
  );
}
var import_node_path45, UV_REPO;
var init_releases = __esm({
  "src/core/uv/releases.ts"() {
    "use strict";
    import_node_path45 = __toESM(require("node:path"), 1);
    init_github();
    init_errors();
    init_log();
    init_version();
    UV_REPO = "astral-sh/uv";
  }
});

// src/core/setup/uv.ts
async function ensurePrivateUv(o) {
  let base = o.downloadBaseUrl;
  if (base && !/^[a-z][a-z0-9+.-]*:/i.test(base)) base = (0, import_node_url4.pathToFileURL)(import_node_path46.default.resolve(base)).href;
  const request = parseUvVersionRequest(o.version ?? DEFAULT_UV_VERSION);
  if (o.uvPath) {
    const version2 = exactWithoutLookup(request, false);
    return ensureUv({ version: version2, uvPath: o.uvPath, toolsDir: o.toolsDir, logger: o.logger, signal: o.signal });
  }
  const version = await resolveUvRelease(request, {
    apiUrl: o.githubApiUrl,
    token: o.token,
    cacheDir: o.releasesCacheDir,
    offline: o.offline,
    logger: o.logger
  });
  if (o.offline && (!base || isRemote(base))) {
    const asset = uvAsset(hostPlatform());
    const exe = import_node_path46.default.join(uvInstallDir(o.toolsDir, version, asset), asset.exe);
    if (!(0, import_node_fs23.existsSync)(exe)) {
      throw new UvNotFoundError(
        `uv ${version} is not installed in ${o.toolsDir} and offline mode forbids downloading it.`,
        {
          requested: version,
          hint: "Run once online, pass a uv binary (--uv-path), or point --uv-download-url at a local directory of uv releases."
        }
      );
    }
  }
  return ensureUv({
    version,
    downloadBaseUrl: base,
    toolsDir: o.toolsDir,
    token: o.token,
    sha256: o.sha256,
    allowMissingChecksum: o.allowMissingChecksum,
    logger: o.logger,
    signal: o.signal
  });
}
var import_node_fs23, import_node_path46, import_node_url4, isRemote;
var init_uv2 = __esm({
  "src/core/setup/uv.ts"() {
    "use strict";
    import_node_fs23 = require("node:fs");
    import_node_path46 = __toESM(require("node:path"), 1);
    import_node_url4 = require("node:url");
    init_errors();
    init_platform2();
    init_install2();
    init_releases();
    init_triple();
    init_version_request();
    isRemote = (base) => /^https?:/i.test(base);
  }
});

// src/core/setup/phases.ts
async function resolvePythons(plan, ctx) {
  const { requests, catalog, resolve } = plan.python;
  const cat = createCatalog({ ...catalog, logger: ctx.logger });
  const resolved = [];
  for (const requested of requests) {
    ctx.logger.info(`Resolving Python ${requested.spec} (from ${requested.source})`);
    const build = await cat.resolve(requested.spec, resolve);
    ctx.logger.info(`Resolved ${requested.spec} -> ${build.key} (build ${build.build}, ${build.assetName})`);
    resolved.push({ requested, build });
  }
  const id = (b) => `${b.key}@${b.build}/${b.flavor}`;
  return resolved.filter((r, i) => !resolved.slice(i + 1).some((later) => id(later.build) === id(r.build)));
}
async function installPythons(plan, builds, ctx) {
  const { installer } = plan.python;
  const out = [];
  for (const build of builds) {
    const installed = await installer.install(build, ctx);
    ctx.logger.info(
      `${installed.cacheHit ? "Found" : "Installed"} Python ${installed.version} at ${installed.pythonDir} (${installer.name})`
    );
    out.push(installed);
  }
  return out;
}
async function provideUv(plan, ctx) {
  const { requested } = plan.uv;
  if (requested.source !== "default" && requested.source !== "uvVersion")
    ctx.logger.info(`uv version ${requested.version}: from the ${requested.source}`);
  const ensured = await ensurePrivateUv({
    ...plan.uv.install,
    version: requested.version,
    logger: ctx.logger,
    signal: ctx.signal
  });
  ctx.logger.info(`uv ${ensured.version} (${ensured.source}): ${ensured.path}`);
  const { offline, proxy, noProxy } = plan.config;
  const uv = new Uv({
    ...plan.packages.index,
    path: ensured.path,
    cacheDir: plan.uv.cacheDir,
    offline,
    proxy,
    noProxy,
    venvRecipesDir: venvRecipesDir(plan.config.toolsDir),
    logger: ctx.logger
  });
  return { ensured, uv };
}
async function provideVenv(venv, installed, uv, ctx) {
  let dir2;
  let created;
  if (venv.kind === "named" && installed.instanceDir) {
    const venvs = new VirtualEnvironmentManager({
      instance: { pythonPath: installed.pythonPath, dir: installed.instanceDir },
      uv,
      logger: ctx.logger
    });
    created = !await venvs.exists(venv.name);
    dir2 = (await venvs.getOrCreate(venv.name, { seed: venv.seed, signal: ctx.signal })).path;
    ctx.logger.info(`${created ? "Created" : "Reusing"} venv ${venv.name} at ${dir2}`);
  } else {
    dir2 = venv.kind === "path" ? venv.dir : venv.dirWithoutInstance;
    ({ created } = await ensureVenvAt(uv, installed.pythonPath, dir2, { ...ctx, seed: venv.seed }));
  }
  if (venv.seed && !created) await seedExistingVenv(uv, dir2, ctx);
  return { path: dir2, binDir: venvBinDir(dir2), pythonPath: venvPython(dir2), created };
}
async function installIntoVenv(plan, venvDir, uv, ctx) {
  const { packages, config } = plan;
  const py = venvPython(venvDir);
  const project = packages.project;
  if (project) {
    ctx.logger.info(`Installing ${project.lockFile} (uv sync --${project.mode}) ...`);
    const configDir = import_node_path47.default.join(config.toolsDir, "uv-config");
    await syncProject(project, uv, venvDir, { configDir, signal: ctx.signal });
  }
  let requested = project ? 1 : 0;
  let stamped;
  let read;
  if (hasFreshPackages(packages)) {
    const request = await packageRequest(packages, config.cwd, venvDir);
    stamped = request === void 0 ? void 0 : await namesIfUnchanged(venvDir, request);
    if (stamped) {
      ctx.logger.info(`Packages unchanged since the last install into ${venvDir}: uv pip install skipped`);
      requested += requestedCount(packages);
    } else {
      requested += (await installPackages(uv, py, packages, { ...ctx, cwd: config.cwd })).requested;
      if (request !== void 0) {
        read = await distributionsInVenv(venvDir);
        if (read) await writeStamp(venvDir, request, read);
      }
    }
  }
  const names = stamped ?? read ?? await distributionsInVenv(venvDir) ?? await listInstalled(uv, py, ctx.signal);
  ctx.logger.info(`${names.length} package(s) in ${venvDir}`);
  const lock = project && {
    file: project.lockFile,
    mode: project.mode,
    // what uv sync installed: `(all)`, or uv's default groups (`dev`) unless left out, plus those named
    groups: project.allGroups ? ["(all)"] : [...project.noDefaultGroups ? [] : ["(default)"], ...project.groups],
    extras: project.allExtras ? ["(all)"] : project.extras
  };
  return {
    installed: names.length,
    requested,
    names,
    ...stamped ? { unchanged: true } : {},
    ...lock ? { lock } : {}
  };
}
async function exportInstallation(plan, dest, installed, build, ctx) {
  const written = await plan.python.installer.export(installed, build, import_node_path47.default.resolve(dest), ctx);
  ctx.logger.info(`Exported to ${written}`);
  return written;
}
var import_node_path47;
var init_phases = __esm({
  "src/core/setup/phases.ts"() {
    "use strict";
    import_node_path47 = __toESM(require("node:path"), 1);
    init_catalog();
    init_uv();
    init_create();
    init_layout2();
    init_manager();
    init_recipe();
    init_project_sync();
    init_environment();
    init_package_stamp();
    init_uv2();
  }
});

// src/core/setup/run.ts
async function runPlan(plan, hooks = {}) {
  const started = monotonicMs();
  const ctx = {
    logger: hooks.logger ?? silentLogger,
    onProgress: hooks.onProgress,
    signal: plan.signal
  };
  const phases = [];
  const phase = timed(phases, hooks);
  const resolved = await phase("resolve", () => resolvePythons(plan, ctx));
  const build = resolved[resolved.length - 1].build;
  const [everyInstalled, { ensured, uv }] = await allSettled(
    phase(
      "install",
      () => installPythons(
        plan,
        resolved.map((r) => r.build),
        ctx
      )
    ),
    phase("uv", () => provideUv(plan, ctx)),
    hooks.onResolved?.(build, plan.signal)
  );
  const installed = everyInstalled[everyInstalled.length - 1];
  const result = baseResult(plan, resolved, everyInstalled, ensured);
  const venvPlan = plan.venv;
  if (venvPlan) {
    const venv = await phase("venv", () => provideVenv(venvPlan, installed, uv, ctx));
    result.venv = venv;
    if (hasPackages(plan.packages)) {
      result.packages = await phase("packages", () => installIntoVenv(plan, venv.path, uv, ctx));
    }
  }
  if (plan.export) {
    const dest = plan.export;
    result.exportPath = await phase("export", () => exportInstallation(plan, dest, installed, build, ctx));
  }
  result.phases = phases.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  result.totalMs = Math.round(monotonicMs() - started);
  return result;
}
function timed(phases, hooks) {
  return async (name, fn) => {
    const t0 = monotonicMs();
    const out = await fn();
    const ms2 = Math.round((monotonicMs() - t0) * 10) / 10;
    phases.push({ name, ms: ms2 });
    hooks.onPhase?.(name, ms2);
    return out;
  };
}
async function allSettled(a, b, c) {
  const [ra, rb, rc] = await Promise.allSettled([a, b, c]);
  for (const r of [ra, rb, rc]) if (r.status === "rejected") throw r.reason;
  return [ra.value, rb.value];
}
function baseResult(plan, resolved, installed, ensured) {
  const pythons = resolved.map((r, i) => setupPython(plan, r, installed[i]));
  const { requested, ...python } = pythons[pythons.length - 1];
  return {
    requested,
    pythons,
    python,
    uv: {
      path: ensured.path,
      version: ensured.version,
      source: ensured.source,
      cacheHit: ensured.source !== "download"
    },
    phases: [],
    totalMs: 0
  };
}
function setupPython(plan, r, installed) {
  const { build } = r;
  return {
    requested: r.requested,
    implementation: build.implementation ?? "cpython",
    version: installed.version,
    label: versionLabel({ ...build, version: installed.version }),
    build: build.build,
    key: build.key,
    url: build.url,
    sha256: build.sha256,
    assetName: build.assetName,
    platform: platformKey(build.platform),
    pythonPath: installed.pythonPath,
    pythonDir: installed.pythonDir,
    instanceDir: installed.instanceDir,
    cacheHit: installed.cacheHit,
    installer: plan.python.installer.name
  };
}
var ORDER;
var init_run2 = __esm({
  "src/core/setup/run.ts"() {
    "use strict";
    init_log();
    init_naming();
    init_platform2();
    init_environment();
    init_phases();
    init_plan();
    init_builtins();
    init_plan();
    ORDER = ["resolve", "install", "uv", "venv", "packages", "export"];
  }
});

// src/action/os-version.ts
function osReleaseField(text3, key) {
  const m = new RegExp(`^${key}=(.*)$`, "m").exec(text3);
  return m ? m[1].trim().replace(/^["']|["']$/g, "") || void 0 : void 0;
}
function osNameAndVersion(probe = hostOsProbe()) {
  const { ImageOS: image, ImageVersion: imageVersion } = probe.env;
  if (image) return imageVersion ? `${image}-${imageVersion}` : image;
  switch (probe.platform) {
    case "linux": {
      const text3 = probe.readFile("/etc/os-release") ?? probe.readFile("/usr/lib/os-release") ?? "";
      const id = osReleaseField(text3, "ID") ?? "linux";
      const version = osReleaseField(text3, "VERSION_ID") ?? osReleaseField(text3, "BUILD_ID") ?? "unknown";
      return `${id}-${version}`;
    }
    case "darwin":
      return `macos-${probe.macosVersion() ?? `darwin${probe.release()}`}`;
    case "win32":
      return `windows-${probe.release()}`;
    default:
      return `${probe.platform}-${probe.release()}`;
  }
}
var import_node_fs24, import_node_os9, hostOsProbe;
var init_os_version = __esm({
  "src/action/os-version.ts"() {
    "use strict";
    import_node_fs24 = require("node:fs");
    import_node_os9 = __toESM(require("node:os"), 1);
    init_builtins();
    hostOsProbe = () => ({
      env: process.env,
      platform: process.platform,
      release: () => import_node_os9.default.release(),
      readFile: (file) => {
        try {
          return (0, import_node_fs24.readFileSync)(file, "utf8");
        } catch {
          return void 0;
        }
      },
      macosVersion: () => {
        try {
          return childProcessModule().execFileSync("sw_vers", ["-productVersion"], { encoding: "utf8" }).trim() || void 0;
        } catch {
          return void 0;
        }
      }
    });
  }
});

// src/action/glob.ts
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
async function globFiles(patterns, cwd, extraSkip = []) {
  const norm = (p) => (import_node_path48.default.isAbsolute(p) ? import_node_path48.default.relative(cwd, p) : p).split(import_node_path48.default.sep).join("/").replace(/^\.\//, "");
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => globToRegExp(norm(p)));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => globToRegExp(norm(p.slice(1))));
  const skipAbs = new Set(extraSkip.map((p) => import_node_path48.default.resolve(p)));
  const out = [];
  async function walk(dir2, rel) {
    let entries;
    try {
      entries = await fs3.readdir(dir2, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = import_node_path48.default.join(dir2, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !skipAbs.has(abs)) await walk(abs, r);
      } else if (e.isFile() && include.some((x) => x.test(r)) && !exclude.some((x) => x.test(r))) {
        out.push(abs);
      }
    }
  }
  await walk(cwd, "");
  return out.sort();
}
var import_node_path48, SKIP;
var init_glob = __esm({
  "src/action/glob.ts"() {
    "use strict";
    init_async_fs();
    import_node_path48 = __toESM(require("node:path"), 1);
    SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "__pycache__", ".tox", ".nox", ".mypy_cache"]);
  }
});

// src/action/cache-key.ts
function uvCacheKey(p) {
  const restorePrefix = [
    `pyembed-uv-${CACHE_KEY_VERSION}`,
    enc(p.os),
    enc(p.osVersion),
    enc(p.arch),
    enc(p.libc),
    enc(p.pythonKey),
    enc(p.pythonBuild),
    `uv${enc(p.uvVersion)}`,
    ...p.suffix ? [enc(p.suffix)] : []
  ].join("-");
  let primary = `${restorePrefix}-${p.depsHash ?? "no-deps"}${p.salt ? `-${short(p.salt, 8)}` : ""}`;
  if (primary.length > MAX_KEY_LENGTH) primary = `pyembed-uv-${CACHE_KEY_VERSION}-${short(primary, 64)}`;
  return { primary, restorePrefix: restorePrefix.length < MAX_KEY_LENGTH ? `${restorePrefix}-` : primary };
}
function pythonCacheKey(o) {
  const key = ["pyembed-python-1", enc(o.osVersion), enc(o.toolCacheArch), enc(o.version)].join("-");
  return key.length > MAX_KEY_LENGTH ? `pyembed-python-1-${short(key, 64)}` : key;
}
async function hashDependencyFiles(o) {
  const matched = await globFiles(o.globs.length ? o.globs : DEFAULT_DEPENDENCY_GLOBS, o.cwd, o.skipDirs);
  const candidates2 = o.globs.length ? [] : [...o.explicit];
  for (const f of candidates2.slice()) {
    if (import_node_path49.default.basename(f) === "pyproject.toml") candidates2.push(import_node_path49.default.join(import_node_path49.default.dirname(f), "uv.lock"));
  }
  const files = new Set(matched);
  for (const f of candidates2) {
    const st = await fs3.stat(f).catch(() => void 0);
    if (st?.isFile()) files.add(import_node_path49.default.resolve(f));
  }
  return hashFiles([...files].sort(), o.cwd);
}
async function hashFiles(files, cwd) {
  if (!files.length) return { files };
  const h = sha256();
  for (const f of files) h.update(`${import_node_path49.default.relative(cwd, f)}\0${await sha256File(f)}
`);
  return { files, hash: h.digest("hex").slice(0, 32) };
}
var import_node_path49, CACHE_KEY_VERSION, MAX_KEY_LENGTH, DEFAULT_DEPENDENCY_GLOBS, enc, short;
var init_cache_key = __esm({
  "src/action/cache-key.ts"() {
    "use strict";
    init_async_fs();
    import_node_path49 = __toESM(require("node:path"), 1);
    init_glob();
    init_builtins();
    init_fs();
    CACHE_KEY_VERSION = "2";
    MAX_KEY_LENGTH = 512;
    DEFAULT_DEPENDENCY_GLOBS = [
      "**/uv.lock",
      "**/pyproject.toml",
      "**/requirements*.txt",
      "**/requirements*.in",
      "**/constraints*.txt",
      "**/pylock*.toml"
    ];
    enc = (s) => encodeURIComponent(s);
    short = (s, n = 16) => sha256().update(s).digest("hex").slice(0, n);
  }
});

// src/action/tool-cache.ts
function toolCacheName(build) {
  if (build.implementation === "pypy") return "PyPy";
  return build.implementation === "graalpy" ? "GraalPy" : TOOL_NAME;
}
function toolCacheVersion(build) {
  if (build.implementation === "graalpy") return build.build;
  const m = /^(\d+\.\d+\.\d+)([a-z]+\d+)?$/.exec(build.version);
  return m ? m[2] ? `${m[1]}-${m[2]}` : m[1] : build.version;
}
function toolCacheArch(build) {
  const variant = build.variant ? `+${build.variant}` : "";
  return `pbs-${platformKey(build.platform)}${variant}-${build.build}-${build.flavor}`.replace(
    /[^\w.+-]/g,
    "_"
  );
}
function toolCachePath(build, toolCache = process.env.RUNNER_TOOL_CACHE) {
  const root = toolCache || import_node_path50.default.join(import_node_os10.default.tmpdir(), "pyembed-tool-cache");
  return import_node_path50.default.join(root, toolCacheName(build), toolCacheVersion(build), toolCacheArch(build));
}
async function findPublished(dir2) {
  if (!await exists2(`${dir2}.complete`)) return void 0;
  const exe = findInterpreter(dir2);
  return exe ? import_node_path50.default.join(dir2, ...exe.split("/")) : void 0;
}
async function publish(from, dir2) {
  const staging = `${dir2}.tmp-${randomTag()}`;
  try {
    copyTreeSync(from, staging);
    await fs3.rm(`${dir2}.complete`, { force: true });
    await fs3.rm(dir2, { recursive: true, force: true });
    await fs3.rename(staging, dir2);
    await fs3.writeFile(`${dir2}.complete`, "");
  } finally {
    await fs3.rm(staging, { recursive: true, force: true });
  }
}
function toolCacheInstaller(inner) {
  return {
    name: "tool-cache",
    async install(build, ctx) {
      const dir2 = toolCachePath(build);
      const hit = async () => {
        const exe = await findPublished(dir2);
        if (!exe) return void 0;
        ctx.logger.info(
          `${toolCacheName(build)} ${build.version} (${build.build}) found in the tool cache: ${dir2}`
        );
        return { pythonDir: dir2, pythonPath: exe, version: build.version, cacheHit: true };
      };
      const found = await hit();
      if (found) return found;
      await makeDirs(import_node_path50.default.dirname(dir2));
      return withLock(`${dir2}.lock`, async () => {
        const published = await hit();
        if (published) return published;
        const fresh = await inner.install(build, ctx);
        const entry = `${toolCacheName(build)}/${toolCacheVersion(build)}/${toolCacheArch(build)}`;
        ctx.logger.info(`Caching ${fresh.pythonDir} in the tool cache as ${entry}`);
        await publish(fresh.pythonDir, dir2);
        return {
          pythonDir: dir2,
          pythonPath: import_node_path50.default.join(dir2, import_node_path50.default.relative(fresh.pythonDir, fresh.pythonPath)),
          version: fresh.version,
          cacheHit: fresh.cacheHit,
          instanceDir: fresh.instanceDir
        };
      });
    },
    // export is the library's (an archive `pyembed import` reads): it needs the instance in the library's
    // root, which a tool-cache hit may not have populated: installing there is free when it is present
    export: inner.export ? async (_installed, build, archivePath, ctx) => inner.export(await inner.install(build, ctx), build, archivePath, ctx) : void 0
  };
}
var import_node_os10, import_node_path50, TOOL_NAME;
var init_tool_cache = __esm({
  "src/action/tool-cache.ts"() {
    "use strict";
    init_async_fs();
    import_node_os10 = __toESM(require("node:os"), 1);
    import_node_path50 = __toESM(require("node:path"), 1);
    init_fs();
    init_lock();
    init_python_layout();
    init_platform2();
    init_builtins();
    TOOL_NAME = "Python";
  }
});

// src/action/python-cache.ts
function toolCachePlace(build, toolCache) {
  const dir2 = import_node_path51.default.join(toolCache, TOOL_NAME, toolCacheVersion(build), toolCacheArch(build));
  const exe = process.platform === "win32" ? import_node_path51.default.join(dir2, "python.exe") : import_node_path51.default.join(dir2, "bin", "python3");
  return { dir: dir2, exe };
}
function pythonCacheInstaller(inner, c) {
  return {
    ...inner,
    async install(build, ctx) {
      const { dir: dir2, exe } = toolCachePlace(build, c.toolCache);
      const key = pythonCacheKey({
        osVersion: c.osVersion,
        toolCacheArch: toolCacheArch(build),
        version: build.version
      });
      const inToolCache = await exists3(`${dir2}.complete`) && await exists3(exe);
      if (!inToolCache && c.policy.restore) {
        const matched = await restoreCachePaths("Python cache", [cachePathArg(dir2)], key);
        if (matched && await exists3(exe)) await fs3.writeFile(`${dir2}.complete`, "");
      }
      const installed = await inner.install(build, ctx);
      if (!installed.cacheHit && c.policy.save) {
        saveState2(PYTHON_STATE.key, key);
        saveState2(PYTHON_STATE.dir, installed.pythonDir);
      }
      return installed;
    }
  };
}
var import_node_path51, PYTHON_STATE, exists3;
var init_python_cache = __esm({
  "src/action/python-cache.ts"() {
    "use strict";
    init_core();
    init_async_fs();
    import_node_path51 = __toESM(require("node:path"), 1);
    init_cache_key();
    init_tool_cache();
    init_uv_cache();
    init_file_commands();
    PYTHON_STATE = { key: "python-cache-key", dir: "python-cache-dir" };
    exists3 = (p) => fs3.access(p).then(
      () => true,
      () => false
    );
  }
});

// src/action/uv-cache-step.ts
function pyprojectFile(p) {
  if (!p) return void 0;
  return import_node_path52.default.basename(p) === "pyproject.toml" ? p : import_node_path52.default.join(p, "pyproject.toml");
}
async function uvCacheKeyFor(inputs, o, build, osVersion) {
  const { caching } = inputs;
  const pyproject = pyprojectFile(inputs.pyproject);
  const deps = await hashDependencyFiles({
    globs: caching.dependencyGlobs,
    explicit: [...inputs.requirements, ...inputs.constraints, ...pyproject ? [pyproject] : []],
    cwd: inputs.workingDirectory,
    skipDirs: inputs.venv ? [inputs.venv] : []
  });
  if (caching.dependencyGlobs.length && !deps.files.length) {
    warning(
      `No file matched cache-dependency-glob (${caching.dependencyGlobs.join(", ")}): the uv cache key ignores dependencies.`
    );
  }
  return uvCacheKey({
    os: build.platform.os,
    osVersion,
    arch: build.platform.arch + (build.platform.archVariant ? `_${build.platform.archVariant}` : ""),
    libc: build.platform.libc,
    pythonKey: build.key,
    pythonBuild: build.build,
    uvVersion: o.uvPath ? "path" : o.uvVersion ?? DEFAULT_UV_VERSION,
    depsHash: deps.hash,
    salt: [o.indexUrl ?? "", ...o.extraIndexUrls].join("\n") || void 0,
    suffix: caching.suffix
  });
}
async function restoreForBuild(inputs, o, build, dir2, c) {
  const t0 = monotonicMs();
  const { primary, restorePrefix } = await uvCacheKeyFor(inputs, o, build, c.osVersion);
  saveState2(STATE.save, String(c.policy.save));
  saveState2(STATE.prune, String(inputs.caching.prune));
  saveState2(STATE.quietEmpty, String(inputs.caching.ignoreNothingToCache));
  const hit = await restoreUvCache({ primary, restorePrefix, dir: dir2, restore: c.policy.restore });
  return { key: primary, hit, ms: Math.round(monotonicMs() - t0) };
}
var import_node_path52;
var init_uv_cache_step = __esm({
  "src/action/uv-cache-step.ts"() {
    "use strict";
    init_core();
    import_node_path52 = __toESM(require("node:path"), 1);
    init_config();
    init_cache_key();
    init_uv_cache();
    init_builtins();
    init_file_commands();
  }
});

// src/action/plan.ts
var plan_exports = {};
__export(plan_exports, {
  platformFor: () => platformFor,
  runActionSetup: () => runActionSetup,
  setupOptions: () => setupOptions
});
function platformFor(architecture) {
  if (!architecture) return void 0;
  if (architecture.includes("-")) return parsePlatform(architecture);
  const host3 = hostPlatform();
  const m = /^(.+?)_(v[234])$/.exec(architecture.toLowerCase());
  return { ...host3, arch: normaliseArch(m ? m[1] : architecture.toLowerCase()), archVariant: m?.[2] };
}
function setupOptions(inputs, options, uvCache, wrapInstaller = (i) => i) {
  return {
    ...options,
    // the configuration's python (PYEMBED_PYTHON, a config file) is the fallback; version files beat it
    python: inputs.pythonVersion,
    defaultPython: options.python,
    pythonVersionFile: inputs.pythonVersionFile,
    cwd: inputs.workingDirectory,
    platform: platformFor(inputs.architecture),
    freethreaded: inputs.freethreaded,
    checkLatest: inputs.checkLatest,
    allowPrereleases: inputs.allowPrereleases,
    uvChecksum: inputs.uvChecksum,
    uvCacheDir: uvCache,
    venv: inputs.venv,
    requirements: inputs.requirements,
    constraints: inputs.constraints,
    pyproject: inputs.pyproject,
    editable: inputs.editable,
    extras: inputs.extras,
    // setup-python's pip-version: that pip, installed into the venv with the other packages
    packages: inputs.pipVersion ? [`pip==${inputs.pipVersion}`] : void 0,
    // uv projects
    lock: inputs.lock,
    groups: inputs.groups,
    allGroups: inputs.allGroups,
    noDefaultGroups: inputs.noDefaultGroups,
    allExtras: inputs.allExtras,
    workspacePackage: inputs.workspacePackage,
    seed: inputs.seed,
    export: inputs.export,
    installer: wrapInstaller(toolCacheInstaller(managerInstaller(options)))
  };
}
function uvCacheDirFor(inputs, env) {
  const { localPath, enabled } = inputs.caching;
  if (localPath) return import_node_path53.default.resolve(inputs.workingDirectory, localPath);
  return enabled ? uvCacheDir(env) : env.UV_CACHE_DIR;
}
function logCachePolicy(inputs, policy) {
  const { caching } = inputs;
  if (caching.packageManager) {
    actionsLogger.info(
      `cache: ${caching.packageManager} turns caching on; uv's cache serves ${caching.packageManager}'s role here (keyed by cache-dependency-path files).`
    );
    if (inputs.seed)
      actionsLogger.info(
        `cache: ${caching.packageManager} seeds pip into the venv (seed: true) for the pip install that usually follows; set seed: false to leave it out.`
      );
  }
  if (!caching.enabled) actionsLogger.info("Caching is off: nothing is restored or saved.");
  if (policy.reason) actionsLogger.info(`Cache: ${policy.reason}.`);
}
async function runActionSetup(inputs, options, env = process.env) {
  const { caching } = inputs;
  const policy = cachePolicy(caching, {
    offline: inputs.offline || Boolean(options.offline),
    event: env.GITHUB_EVENT_NAME
  });
  logCachePolicy(inputs, policy);
  const osVersion = osNameAndVersion();
  const dir2 = uvCacheDirFor(inputs, env);
  const wrap = (i) => caching.enabled && caching.python ? pythonCacheInstaller(i, { policy, osVersion, toolCache: env.RUNNER_TOOL_CACHE ?? "" }) : i;
  const plan = await planSetup(setupOptions(inputs, options, dir2, wrap));
  let build;
  let restored;
  const setup = await runPlan(plan, {
    logger: actionsLogger,
    onResolved: async (b) => {
      build = b;
      const keyed = { ...options, uvVersion: plan.uv.requested.version };
      if (caching.enabled) restored = await restoreForBuild(inputs, keyed, b, dir2, { policy, osVersion });
    }
  });
  return toActionResult(setup, {
    url: build ? mirrorUrlFor(build, options.mirror) : setup.python.url,
    uvCache: { enabled: caching.enabled, hit: restored?.hit ?? false, key: restored?.key, dir: dir2 },
    restoreMs: restored?.ms
  });
}
function toActionResult(r, o) {
  const phases = [];
  for (const p of r.phases) {
    phases.push({ name: p.name, ms: p.ms });
    if (p.name === "install" && o.restoreMs !== void 0)
      phases.push({ name: "uv cache restore", ms: o.restoreMs });
  }
  return {
    requested: r.requested,
    python: {
      version: r.python.version,
      label: r.python.label,
      build: r.python.build,
      key: r.python.key,
      url: o.url,
      pythonPath: r.python.pythonPath,
      pythonDir: r.python.pythonDir,
      cacheHit: r.python.cacheHit
    },
    pythons: r.pythons.map((p) => ({ label: p.label, pythonPath: p.pythonPath })),
    uv: r.uv,
    venv: r.venv,
    packages: r.packages ? { installed: r.packages.installed, lock: r.packages.lock } : void 0,
    uvCache: o.uvCache,
    exportPath: r.exportPath,
    phases
  };
}
var import_node_path53;
var init_plan2 = __esm({
  "src/action/plan.ts"() {
    "use strict";
    import_node_path53 = __toESM(require("node:path"), 1);
    init_mirror();
    init_platform2();
    init_installer();
    init_plan();
    init_run2();
    init_cache_inputs();
    init_logger();
    init_os_version();
    init_python_cache();
    init_tool_cache();
    init_uv_cache();
    init_uv_cache_step();
  }
});

// cold-entry:src/action/diagnose-step.ts
var require_diagnose_step = __commonJS({
  "cold-entry:src/action/diagnose-step.ts"(exports2, module2) {
    module2.exports = require("./main-cold.cjs")("src/action/diagnose-step.ts");
  }
});

// src/action/main.ts
var main_exports = {};
__export(main_exports, {
  run: () => run
});
function strictFailure(d) {
  const fails = d.report.checks.filter((c) => c.status === "fail");
  return `diagnose found ${fails.length} failure(s): ${fails.map((c) => `${c.group}/${c.name}: ${c.detail}`).join("; ")}`;
}
async function run() {
  const t0 = monotonicMs();
  let inputs;
  let options;
  let result;
  let failure;
  try {
    process.env.RUNNER_TEMP ||= import_node_path54.default.join(import_node_os11.default.tmpdir(), "pyembed-runner-temp");
    process.env.RUNNER_TOOL_CACHE ||= import_node_path54.default.join(import_node_os11.default.tmpdir(), "pyembed-tool-cache");
    inputs = readInputs();
    if (inputs.githubToken) setSecret(inputs.githubToken);
    for (const note of inputs.peerNotes) info(note);
    options = actionConfig(inputs).options;
    if (inputs.addProblemMatchers) await addPythonProblemMatcher(process.env.RUNNER_TEMP);
    if (inputs.import) {
      const { checkImportInputs, reportImport, runImport } = await Promise.resolve().then(() => __toESM(require_import_step(), 1));
      checkImportInputs(inputs);
      reportImport(await runImport(inputs, options), inputs.updateEnvironment);
      return;
    }
    const { runActionSetup: runActionSetup2 } = await Promise.resolve().then(() => (init_plan2(), plan_exports));
    result = await runActionSetup2(inputs, options);
    saveState2(STATE.uv, result.uv.path);
    saveState2(STATE.uvVersion, result.uv.version);
  } catch (e) {
    failure = e;
  }
  let diag;
  if (inputs && options && inputs.diagnose !== "off") {
    const t = monotonicMs();
    const { diagnoseStep } = await Promise.resolve().then(() => __toESM(require_diagnose_step(), 1));
    diag = await diagnoseStep({
      options,
      uvPath: result?.uv.path,
      venvPath: result?.venv?.path,
      pythonPath: result?.python.pythonPath,
      pythonKey: result?.python.key
    });
    if (result && diag) {
      result.diagnose = { reportPath: diag.reportPath, ok: diag.report.ok, counts: diag.report.counts };
      result.phases.push({ name: "diagnose", ms: Math.round(monotonicMs() - t) });
    }
    if (!result && diag) setOutput2("diagnose-report", diag.reportPath);
  }
  if (failure !== void 0 || !result || !inputs) {
    reportFailure(failure);
    return;
  }
  try {
    setOutputs(result);
    if (inputs.updateEnvironment) updateEnvironment(result, inputs);
    await writeSummary(result, diag?.markdown);
    info(
      `Python ${result.python.version} (${result.python.key}, build ${result.python.build}) ready in ${Math.round(monotonicMs() - t0)} ms` + (result.venv ? `; venv ${result.venv.path}` : "")
    );
    if (inputs.diagnose === "strict" && diag && !diag.report.ok) {
      reportFailure(new Error(strictFailure(diag)));
      return;
    }
    saveState2(STATE.healthy, "true");
  } catch (e) {
    reportFailure(e);
  }
}
var import_node_os11, import_node_path54;
var init_main = __esm({
  "src/action/main.ts"() {
    "use strict";
    init_core();
    import_node_os11 = __toESM(require("node:os"), 1);
    import_node_path54 = __toESM(require("node:path"), 1);
    init_config2();
    init_failure();
    init_inputs();
    init_outputs();
    init_problem_matcher();
    init_summary2();
    init_uv_cache();
    init_builtins();
    init_file_commands();
  }
});

// <stdin>
globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")] = {
  "src/action/file-commands.ts": () => (init_file_commands(), __toCommonJS(file_commands_exports)),
  "src/action/logger.ts": () => (init_logger(), __toCommonJS(logger_exports)),
  "src/core/async-fs.ts": () => (init_async_fs(), __toCommonJS(async_fs_exports)),
  "src/core/builtins.ts": () => (init_builtins(), __toCommonJS(builtins_exports)),
  "src/core/catalog/asset-name.ts": () => (init_asset_name(), __toCommonJS(asset_name_exports)),
  "src/core/catalog/index.ts": () => (init_catalog(), __toCommonJS(catalog_exports)),
  "src/core/catalog/layout.ts": () => (init_layout(), __toCommonJS(layout_exports)),
  "src/core/config/options.ts": () => (init_options(), __toCommonJS(options_exports)),
  "src/core/errors.ts": () => (init_errors(), __toCommonJS(errors_exports)),
  "src/core/exec/env.ts": () => (init_env(), __toCommonJS(env_exports)),
  "src/core/exec/kill-tree.ts": () => (init_kill_tree(), __toCommonJS(kill_tree_exports)),
  "src/core/exec/limits.ts": () => (init_limits(), __toCommonJS(limits_exports)),
  "src/core/exec/output.ts": () => (init_output(), __toCommonJS(output_exports)),
  "src/core/fs.ts": () => (init_fs(), __toCommonJS(fs_exports)),
  "src/core/host.ts": () => (init_host(), __toCommonJS(host_exports)),
  "src/core/install/download.ts": () => (init_download(), __toCommonJS(download_exports)),
  "src/core/install/http.ts": () => (init_http(), __toCommonJS(http_exports)),
  "src/core/install/lock.ts": () => (init_lock(), __toCommonJS(lock_exports)),
  "src/core/install/memory.ts": () => (init_memory(), __toCommonJS(memory_exports)),
  "src/core/install/mirror.ts": () => (init_mirror(), __toCommonJS(mirror_exports)),
  "src/core/install/python-layout.ts": () => (init_python_layout(), __toCommonJS(python_layout_exports)),
  "src/core/instances/naming.ts": () => (init_naming(), __toCommonJS(naming_exports)),
  "src/core/log.ts": () => (init_log(), __toCommonJS(log_exports)),
  "src/core/platform.ts": () => (init_platform2(), __toCommonJS(platform_exports2)),
  "src/core/python/probe.ts": () => (init_probe(), __toCommonJS(probe_exports)),
  "src/core/text.ts": () => (init_text(), __toCommonJS(text_exports)),
  "src/core/uv/triple.ts": () => (init_triple(), __toCommonJS(triple_exports)),
  "src/core/uv/version-request.ts": () => (init_version_request(), __toCommonJS(version_request_exports)),
  "src/core/venvs/layout.ts": () => (init_layout2(), __toCommonJS(layout_exports2)),
  "src/core/venvs/relocate.ts": () => (init_relocate(), __toCommonJS(relocate_exports)),
  "src/core/versions/match.ts": () => (init_match(), __toCommonJS(match_exports)),
  "src/core/versions/spec.ts": () => (init_spec(), __toCommonJS(spec_exports)),
  "src/core/versions/version.ts": () => (init_version(), __toCommonJS(version_exports))
};
module.exports = (init_main(), __toCommonJS(main_exports));
