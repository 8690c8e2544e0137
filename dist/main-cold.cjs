const __pyembedImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
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
function issue(name, message = "") {
  issueCommand(name, {}, message);
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
    var fs18 = require("node:fs");
    var facade = {};
    for (const name of Object.keys(fs18))
      if (name !== "promises") Object.defineProperty(facade, name, { enumerable: true, get: () => fs18[name] });
    var calls = {};
    var promises3 = new Proxy({}, {
      get: (t, k) => k === "constants" ? fs18.promises.constants : calls[k] ??= (...a) => fs18.promises[k](...a)
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
      self.on("free", function onFree(socket, host2, port, localAddress) {
        var options2 = toOptions(host2, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host2, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host2, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err2) {
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
          var error = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error = new Error("got illegal response body from proxy");
          error.code = "ECONNRESET";
          options.request.emit("error", error);
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
        var error = new Error("tunneling socket could not be established, cause=" + cause.message);
        error.code = "ECONNRESET";
        options.request.emit("error", error);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
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
    function toOptions(host2, port, localAddress) {
      if (typeof host2 === "string") {
        return {
          host: host2,
          port,
          localAddress
        };
      }
      return host2;
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
var import_os, import_fs, __awaiter, access, appendFile, writeFile, SUMMARY_ENV_VAR, Summary, _summary;
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
      addRaw(text2, addEOL = false) {
        this._buffer += text2;
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
            const { header, data, colspan, rowspan } = cell;
            const tag = header ? "th" : "td";
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
      addHeading(text2, level) {
        const tag = `h${level}`;
        const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
        const element = this.wrap(allowedTag, text2);
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
      addQuote(text2, cite) {
        const attrs = Object.assign({}, cite && { cite });
        const element = this.wrap("blockquote", text2, attrs);
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
      addLink(text2, href) {
        const element = this.wrap("a", text2, { href });
        return this.addRaw(element).addEOL();
      }
    };
    _summary = new Summary();
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
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path.delimiter}${process.env["PATH"]}`;
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
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

// from-run-file:src/core/async-fs.ts
var require_async_fs = __commonJS({
  "from-run-file:src/core/async-fs.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/async-fs.ts"]();
  }
});

// from-run-file:src/core/uv/version-request.ts
var require_version_request = __commonJS({
  "from-run-file:src/core/uv/version-request.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/uv/version-request.ts"]();
  }
});

// from-run-file:src/core/fs.ts
var require_fs2 = __commonJS({
  "from-run-file:src/core/fs.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/fs.ts"]();
  }
});

// src/core/diagnose/disk.ts
async function freeDiskCheck(root, minFreeBytes = GiB) {
  const where = await (0, import_fs2.nearestExisting)(root);
  try {
    const st = await import_async_fs.fs.statfs(where);
    const free = Number(st.bavail) * Number(st.bsize);
    const data = { path: root, measuredAt: where, freeBytes: free, minFreeBytes };
    const text2 = `${formatBytes(free)} free in ${root}`;
    if (free < minFreeBytes / 8) {
      return {
        group: "disk",
        name: "free disk",
        status: "fail",
        detail: `${text2}; one Python needs ~100-300 MB: free some space.`,
        data
      };
    }
    if (free < minFreeBytes) {
      return {
        group: "disk",
        name: "free disk",
        status: "warn",
        detail: `${text2} (below ${formatBytes(minFreeBytes)}).`,
        data
      };
    }
    return { group: "disk", name: "free disk", status: "ok", detail: text2, data };
  } catch (e) {
    return {
      group: "disk",
      name: "free disk",
      status: "warn",
      detail: `cannot measure free space in ${root}: ${e.message}`
    };
  }
}
async function writableCheck(dir) {
  const where = await (0, import_fs2.nearestExisting)(dir);
  const exists6 = import_node_path.default.resolve(dir) === where;
  if (!(await import_async_fs.fs.stat(where)).isDirectory()) {
    return {
      group: "dirs",
      name: dir,
      status: "fail",
      detail: `${where} is a file, not a directory.`,
      data: { exists: false }
    };
  }
  const why = await (0, import_fs2.whyNotWritable)(where);
  if (why) {
    return {
      group: "dirs",
      name: dir,
      status: "fail",
      detail: `not writable (${why} at ${where}); choose another directory or fix its permissions.`,
      data: { exists: exists6 }
    };
  }
  return {
    group: "dirs",
    name: dir,
    status: "ok",
    detail: exists6 ? "writable" : `does not exist yet; creatable under ${where}`,
    data: { exists: exists6 }
  };
}
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
var import_async_fs, import_node_path, import_fs2, GiB;
var init_disk = __esm({
  "src/core/diagnose/disk.ts"() {
    "use strict";
    import_async_fs = __toESM(require_async_fs(), 1);
    import_node_path = __toESM(require("node:path"), 1);
    import_fs2 = __toESM(require_fs2(), 1);
    GiB = 1024 ** 3;
  }
});

// from-run-file:src/core/errors.ts
var require_errors = __commonJS({
  "from-run-file:src/core/errors.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/errors.ts"]();
  }
});

// from-run-file:src/core/python/probe.ts
var require_probe = __commonJS({
  "from-run-file:src/core/python/probe.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/python/probe.ts"]();
  }
});

// from-run-file:src/core/venvs/layout.ts
var require_layout = __commonJS({
  "from-run-file:src/core/venvs/layout.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/venvs/layout.ts"]();
  }
});

// src/core/diagnose/health.ts
async function probe(python, timeoutMs) {
  return (0, import_probe.probeInterpreter)(python, { timeoutMs, modules: OPTIONAL_MODULES }).catch(
    (e) => e instanceof import_errors.PythonInstallationError && typeof e.details.reason === "string" ? e.details.reason : e.message
  );
}
async function findInstances(root) {
  let names;
  try {
    names = (await import_async_fs2.fs.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^(c?python|pypy|graalpy)-/.test(d.name)).map((d) => d.name).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const dir = import_node_path2.default.join(root, name);
    const venvs = [];
    try {
      for (const d of await import_async_fs2.fs.readdir(import_node_path2.default.join(dir, "venvs"), { withFileTypes: true })) {
        const p = import_node_path2.default.join(dir, "venvs", d.name);
        if (d.isDirectory() && !d.name.startsWith(".") && await (0, import_fs3.isFile)(import_node_path2.default.join(p, "pyvenv.cfg")))
          venvs.push({ name: d.name, path: p });
      }
      venvs.sort((a, b) => a.name.localeCompare(b.name));
    } catch {
    }
    out.push({ key: name, pythonPath: import_node_path2.default.join(dir, "python", ...exeRel), venvs });
  }
  return out;
}
async function instanceCheck(inst, timeoutMs = 2e4) {
  const base = { group: "instances", name: inst.key };
  if (!await (0, import_fs3.exists)(inst.pythonPath)) {
    return {
      ...base,
      status: "fail",
      detail: `interpreter missing at ${inst.pythonPath}; reinstall the instance.`,
      data: { pythonPath: inst.pythonPath }
    };
  }
  const r = await probe(inst.pythonPath, timeoutMs);
  if (typeof r === "string") {
    return {
      ...base,
      status: "fail",
      detail: `interpreter does not run: ${r}`,
      data: { pythonPath: inst.pythonPath }
    };
  }
  const data = { pythonPath: inst.pythonPath, version: r.version, missingModules: r.missingModules };
  const keyVersion = /-(\d+\.\d+\.\d+)(?:[a-z]+\d+)?(?:[+-]|$)/.exec(inst.key)?.[1];
  if (keyVersion && keyVersion !== r.versionInfo.slice(0, 3).join(".")) {
    return {
      ...base,
      status: "fail",
      detail: `contains Python ${r.version}, expected ${keyVersion}; reinstall it.`,
      data
    };
  }
  if (r.missingModules.length) {
    return {
      ...base,
      status: "warn",
      detail: `Python ${r.version} runs; missing modules: ${r.missingModules.join(", ")}`,
      data
    };
  }
  return { ...base, status: "ok", detail: `Python ${r.version} runs`, data };
}
async function venvCheck(owner, venv, timeoutMs = 2e4) {
  const base = { group: "venvs", name: `${owner}/${venv.name}` };
  const cfg = await (0, import_layout.readPyvenvCfg)(venv.path);
  if (!cfg) {
    return {
      ...base,
      status: "fail",
      detail: `no pyvenv.cfg in ${venv.path}; recreate the venv.`,
      data: { path: venv.path }
    };
  }
  const home = cfg.home || void 0;
  const uvVersion = cfg.uv || void 0;
  if (!home) {
    return {
      ...base,
      status: "fail",
      detail: "pyvenv.cfg has no home; recreate the venv.",
      data: { path: venv.path }
    };
  }
  if (!await (0, import_fs3.exists)(home)) {
    return {
      ...base,
      status: "fail",
      detail: `pyvenv.cfg points at ${home}, which does not exist (moved or copied without fix-up); recreate or re-import the venv.`,
      data: { path: venv.path, home }
    };
  }
  const py = import_node_path2.default.join(venv.path, ...venvExeRel);
  const r = await probe(py, timeoutMs);
  if (typeof r === "string") {
    return {
      ...base,
      status: "fail",
      detail: `venv python does not run: ${r}`,
      data: { path: venv.path, home }
    };
  }
  const [prefix, want] = await Promise.all([
    import_async_fs2.fs.realpath(r.prefix).catch(() => r.prefix),
    import_async_fs2.fs.realpath(venv.path)
  ]);
  const data = { path: venv.path, home, version: r.version, uv: uvVersion };
  if (prefix !== want) {
    return {
      ...base,
      status: "fail",
      detail: `venv python reports prefix ${r.prefix}, not ${venv.path}; recreate the venv.`,
      data
    };
  }
  return {
    ...base,
    status: "ok",
    detail: `Python ${r.version}${uvVersion ? `, created by uv ${uvVersion}` : ""}`,
    data
  };
}
var import_async_fs2, import_node_path2, import_errors, import_fs3, import_probe, import_layout, OPTIONAL_MODULES, exeRel, venvExeRel;
var init_health = __esm({
  "src/core/diagnose/health.ts"() {
    "use strict";
    import_async_fs2 = __toESM(require_async_fs(), 1);
    import_node_path2 = __toESM(require("node:path"), 1);
    import_errors = __toESM(require_errors(), 1);
    import_fs3 = __toESM(require_fs2(), 1);
    import_probe = __toESM(require_probe(), 1);
    import_layout = __toESM(require_layout(), 1);
    OPTIONAL_MODULES = ["ssl", "zlib", "sqlite3", "ctypes", "lzma", "bz2"];
    exeRel = process.platform === "win32" ? ["python.exe"] : ["bin", "python3"];
    venvExeRel = process.platform === "win32" ? ["Scripts", "python.exe"] : ["bin", "python"];
  }
});

// from-run-file:src/core/builtins.ts
var require_builtins = __commonJS({
  "from-run-file:src/core/builtins.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/builtins.ts"]();
  }
});

// src/core/diagnose/network.ts
async function hostCheck(target, o = {}) {
  const base = { group: "network", name: target.name };
  let url;
  try {
    url = new URL(target.url);
  } catch {
    return { ...base, status: "fail", detail: `"${target.url}" is not a URL.`, data: { url: target.url } };
  }
  if (url.protocol === "file:") {
    return { ...base, status: "skip", detail: `${target.url} is a local path`, data: { url: target.url } };
  }
  if (o.offline) {
    return {
      ...base,
      status: "skip",
      detail: `offline: ${url.host} not contacted`,
      data: { url: target.url }
    };
  }
  const timeoutMs = o.timeoutMs ?? 5e3;
  const started = (0, import_builtins.monotonicMs)();
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: "HEAD",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel();
    const ms = Math.round((0, import_builtins.monotonicMs)() - started);
    const data = { url: target.url, status: res.status, ms };
    if (res.status >= 500) {
      return { ...base, status: "warn", detail: `${url.host} answered HTTP ${res.status}`, data };
    }
    return { ...base, status: "ok", detail: `${url.host} reachable (HTTP ${res.status}, ${ms} ms)`, data };
  } catch (e) {
    const err2 = e;
    const timedOut = err2.name === "TimeoutError" || err2.name === "AbortError";
    const why = timedOut ? `no answer within ${timeoutMs} ms` : err2.cause?.code ?? err2.cause?.message ?? err2.message;
    return {
      ...base,
      status: "fail",
      detail: `${url.host} unreachable (${why}); check the URL, proxy (HTTPS_PROXY/NO_PROXY) or use offline mode with a local mirror.`,
      data: { url: target.url, error: why }
    };
  }
}
var import_builtins;
var init_network = __esm({
  "src/core/diagnose/network.ts"() {
    "use strict";
    import_builtins = __toESM(require_builtins(), 1);
  }
});

// from-run-file:src/core/platform.ts
var require_platform = __commonJS({
  "from-run-file:src/core/platform.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/platform.ts"]();
  }
});

// src/core/diagnose/system.ts
async function systemInfo() {
  const osName = process.platform === "win32" ? "windows" : process.platform;
  const arch2 = (0, import_platform.normaliseArch)(process.arch);
  const libc = osName === "linux" ? (0, import_platform.detectLibc)() : "none";
  let platform2;
  try {
    platform2 = (0, import_platform.platformKey)((0, import_platform.hostPlatform)());
  } catch {
    platform2 = `${osName}-${arch2}-${libc}`;
  }
  return {
    os: osName,
    arch: arch2,
    libc,
    libcVersion: osName === "linux" ? await libcVersion(libc) : void 0,
    platform: platform2,
    osRelease: `${import_node_os.default.type()} ${import_node_os.default.release()}`,
    node: process.version
  };
}
async function libcVersion(libc) {
  const report = process.report?.getReport();
  if (libc === "gnu" && report?.header?.glibcVersionRuntime) return report.header.glibcVersionRuntime;
  const out = await new Promise((resolve) => {
    (0, import_builtins2.childProcessModule)().execFile(
      "ldd",
      ["--version"],
      { timeout: 5e3 },
      (_e, stdout, stderr) => resolve(`${stdout}
${stderr}`)
    );
  });
  return /Version\s+(\d+\.\d+(?:\.\d+)?)/.exec(out)?.[1] ?? /(\d+\.\d+)\s*$/m.exec(out)?.[1];
}
function systemChecks(info2) {
  const checks = [];
  const arches = PBS_ARCHES[info2.os];
  checks.push(
    arches?.includes(info2.arch) ? { group: "system", name: "platform", status: "ok", detail: `${info2.platform} (${info2.osRelease})` } : {
      group: "system",
      name: "platform",
      status: "fail",
      detail: `python-build-standalone has no builds for ${info2.os}/${info2.arch}.`,
      data: { supported: PBS_ARCHES }
    }
  );
  if (info2.os === "linux") checks.push(libcCheck(info2));
  checks.push({ group: "system", name: "node", status: "ok", detail: info2.node });
  return checks;
}
function libcCheck(info2) {
  const name = "libc";
  if (!info2.libcVersion) {
    return { group: "system", name, status: "warn", detail: `${info2.libc}, version unknown` };
  }
  if (info2.libc === "gnu") {
    const [maj, min] = info2.libcVersion.split(".").map(Number);
    const tooOld = maj < MIN_GLIBC[0] || maj === MIN_GLIBC[0] && min < MIN_GLIBC[1];
    if (tooOld) {
      return {
        group: "system",
        name,
        status: "fail",
        detail: `glibc ${info2.libcVersion} is older than ${MIN_GLIBC.join(".")}, the minimum of python-build-standalone gnu builds; use a musl build or a newer image.`,
        data: { version: info2.libcVersion }
      };
    }
    return {
      group: "system",
      name,
      status: "ok",
      detail: `glibc ${info2.libcVersion}`,
      data: { version: info2.libcVersion }
    };
  }
  return {
    group: "system",
    name,
    status: "ok",
    detail: `${info2.libc} ${info2.libcVersion}`,
    data: { version: info2.libcVersion }
  };
}
var import_node_os, import_platform, import_builtins2, PBS_ARCHES, MIN_GLIBC;
var init_system = __esm({
  "src/core/diagnose/system.ts"() {
    "use strict";
    import_node_os = __toESM(require("node:os"), 1);
    import_platform = __toESM(require_platform(), 1);
    import_builtins2 = __toESM(require_builtins(), 1);
    PBS_ARCHES = {
      linux: ["x86_64", "aarch64", "i686", "armv7", "ppc64le", "s390x", "riscv64"],
      darwin: ["x86_64", "aarch64"],
      windows: ["x86_64", "i686", "aarch64"]
    };
    MIN_GLIBC = [2, 17];
  }
});

// src/core/diagnose/uv.ts
function runText(cmd, args, timeoutMs, env) {
  return new Promise((resolve) => {
    (0, import_builtins3.childProcessModule)().execFile(
      cmd,
      args,
      { timeout: timeoutMs, env },
      (e, stdout, stderr) => resolve({ ok: !e, out: String(stdout).trim(), err: (String(stderr).trim() || e?.message) ?? "" })
    );
  });
}
async function uvCheck(o) {
  const uv = o.uvPath ?? await (0, import_fs4.findOnPath)("uv", (0, import_fs4.processPath)(o.env));
  if (!uv) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: "no uv on PATH; setup installs its pinned uv privately (needs the uv download host or a local uv path)."
    };
  }
  const r = await runText(uv, ["--version"], 1e4, o.env);
  const version = /uv (\d+\.\d+\.\d+\S*)/.exec(r.out)?.[1];
  if (!r.ok || !version) {
    return {
      group: "uv",
      name: "uv",
      status: "fail",
      detail: `${uv} does not run: ${r.err || r.out}`,
      data: { path: uv }
    };
  }
  const data = { path: uv, version };
  if (o.expectedVersion && o.expectedVersion !== version) {
    return {
      group: "uv",
      name: "uv",
      status: "warn",
      detail: `uv ${version} at ${uv}; the configuration pins ${o.expectedVersion} (setup installs that one privately).`,
      data
    };
  }
  return { group: "uv", name: "uv", status: "ok", detail: `uv ${version} at ${uv}`, data };
}
var import_fs4, import_builtins3;
var init_uv = __esm({
  "src/core/diagnose/uv.ts"() {
    "use strict";
    import_fs4 = __toESM(require_fs2(), 1);
    import_builtins3 = __toESM(require_builtins(), 1);
  }
});

// src/core/diagnose/render.ts
function renderDiagnoseReport(r) {
  const rows = r.checks.map((c) => [c.group, c.name, MARK[c.status], c.detail]);
  const head = ["group", "check", "status", "detail"];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((row) => row[i].length))));
  const fmt = (row) => row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd();
  const lines = [
    `python-embedded diagnose \u2014 ${r.system.platform}${r.system.libcVersion ? ` (libc ${r.system.libcVersion})` : ""}, node ${r.system.node}`,
    fmt(head),
    fmt(widths.map((w) => "-".repeat(w))),
    ...rows.map(fmt),
    "",
    `${r.ok ? "healthy" : "PROBLEMS FOUND"}: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped`
  ];
  return lines.join("\n") + "\n";
}
function renderDiagnoseMarkdown(r) {
  const esc = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const icon = { ok: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u23ED\uFE0F" };
  return [
    `| group | check | status | detail |`,
    `|---|---|---|---|`,
    ...r.checks.map(
      (c) => `| ${c.group} | ${esc(c.name)} | ${icon[c.status]} ${c.status} | ${esc(c.detail)} |`
    ),
    "",
    `**${r.ok ? "Healthy" : "Problems found"}**: ${r.counts.ok} ok, ${r.counts.warn} warning(s), ${r.counts.fail} failure(s), ${r.counts.skip} skipped.`,
    ""
  ].join("\n");
}
var MARK;
var init_render = __esm({
  "src/core/diagnose/render.ts"() {
    "use strict";
    MARK = { ok: "ok", warn: "WARN", fail: "FAIL", skip: "skip" };
  }
});

// src/core/diagnose/index.ts
async function runDiagnose(o = {}) {
  const system = await systemInfo();
  const dirs = [.../* @__PURE__ */ new Set([...o.root ? [o.root] : [], ...o.dirs ?? []])];
  const instances = o.instances ?? (o.root ? await findInstances(o.root) : []);
  const probeMs = o.probeTimeoutMs ?? 2e4;
  const [disk, dirChecks, hostChecks, uv, instanceChecks] = await Promise.all([
    o.root ? freeDiskCheck(o.root, o.minFreeBytes) : void 0,
    Promise.all(dirs.map((d) => writableCheck(d))),
    Promise.all(
      (o.hosts ?? []).map(
        (h) => hostCheck(h, { timeoutMs: o.timeoutMs, offline: o.offline, fetch: o.fetch })
      )
    ),
    uvCheck({ uvPath: o.uvPath, expectedVersion: o.expectedUvVersion, env: o.env }),
    Promise.all(
      instances.map(async (inst) => [
        await instanceCheck(inst, probeMs),
        ...await Promise.all((inst.venvs ?? []).map((v) => venvCheck(inst.key, v, probeMs)))
      ])
    )
  ]);
  const checks = [
    ...systemChecks(system),
    ...disk ? [disk] : [],
    ...dirChecks,
    ...hostChecks,
    uv,
    ...instanceChecks.flat()
  ];
  if (o.root && instances.length === 0) {
    checks.push({
      group: "instances",
      name: "(none)",
      status: "skip",
      detail: `no instances under ${o.root}`
    });
  }
  const counts = { ok: 0, warn: 0, fail: 0, skip: 0 };
  for (const c of checks) counts[c.status]++;
  return { schema: 1, createdAt: (/* @__PURE__ */ new Date()).toISOString(), ok: counts.fail === 0, system, checks, counts };
}
var init_diagnose = __esm({
  "src/core/diagnose/index.ts"() {
    "use strict";
    init_disk();
    init_health();
    init_network();
    init_system();
    init_uv();
    init_render();
  }
});

// from-run-file:src/core/uv/triple.ts
var require_triple = __commonJS({
  "from-run-file:src/core/uv/triple.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/uv/triple.ts"]();
  }
});

// src/action/diagnose-step.ts
var diagnose_step_exports = {};
__export(diagnose_step_exports, {
  configuredHosts: () => configuredHosts,
  diagnoseStep: () => diagnoseStep
});
function configuredHosts(o) {
  const hosts = [
    { name: "mirror", url: o.mirror ?? `https://github.com/${o.pbsRepo}/releases/download/` },
    { name: "github-api", url: o.githubApiUrl },
    { name: "uv-download", url: o.uvDownloadUrl ?? import_triple.DEFAULT_UV_DOWNLOAD_URL },
    { name: "index", url: o.indexUrl ?? "https://pypi.org/simple/" },
    ...o.extraIndexUrls.map((url, i) => ({ name: `extra-index-${i + 1}`, url }))
  ];
  return hosts.filter((h) => /^(https?|file):\/\//.test(h.url));
}
async function diagnoseStep(o) {
  const env = o.env ?? process.env;
  try {
    const dirs = [env.RUNNER_TEMP, env.RUNNER_TOOL_CACHE, env.GITHUB_WORKSPACE].filter(
      (d) => !!d
    );
    const report = await runDiagnose({
      root: o.options.root,
      dirs,
      hosts: configuredHosts(o.options),
      offline: o.options.offline,
      timeoutMs: Math.min(o.options.timeoutMs, 1e4),
      uvPath: o.uvPath,
      expectedUvVersion: (0, import_version_request.pinnedUvVersion)(o.options.uvVersion),
      instances: o.pythonPath ? [
        {
          key: o.pythonKey ?? "python",
          pythonPath: o.pythonPath,
          venvs: o.venvPath ? [{ name: import_node_path3.default.basename(o.venvPath), path: o.venvPath }] : []
        }
      ] : void 0
    });
    const dir = env.RUNNER_TEMP || import_node_os2.default.tmpdir();
    await import_async_fs3.fs.mkdir(dir, { recursive: true });
    const reportPath = import_node_path3.default.join(dir, `pyembed-diagnose-${process.pid}-${Date.now()}.json`);
    await import_async_fs3.fs.writeFile(reportPath, JSON.stringify(report, null, 2) + "\n");
    startGroup(`diagnose: ${report.ok ? "healthy" : "problems found"}`);
    info(renderDiagnoseReport(report));
    endGroup();
    for (const c of report.checks) {
      if (c.status === "fail") warning(`diagnose ${c.group}/${c.name}: ${c.detail}`);
    }
    return { report, reportPath, markdown: `
#### Diagnose

${renderDiagnoseMarkdown(report)}` };
  } catch (e) {
    warning(`diagnose could not run: ${e.message}`);
    return void 0;
  }
}
var import_async_fs3, import_version_request, import_node_os2, import_node_path3, import_triple;
var init_diagnose_step = __esm({
  "src/action/diagnose-step.ts"() {
    "use strict";
    init_core();
    import_async_fs3 = __toESM(require_async_fs(), 1);
    import_version_request = __toESM(require_version_request(), 1);
    import_node_os2 = __toESM(require("node:os"), 1);
    import_node_path3 = __toESM(require("node:path"), 1);
    init_diagnose();
    import_triple = __toESM(require_triple(), 1);
  }
});

// from-run-file:src/action/logger.ts
var require_logger = __commonJS({
  "from-run-file:src/action/logger.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/action/logger.ts"]();
  }
});

// from-run-file:src/action/file-commands.ts
var require_file_commands = __commonJS({
  "from-run-file:src/action/file-commands.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/action/file-commands.ts"]();
  }
});

// from-run-file:src/core/catalog/index.ts
var require_catalog = __commonJS({
  "from-run-file:src/core/catalog/index.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/catalog/index.ts"]();
  }
});

// src/core/catalog/library.ts
function catalogOf(o) {
  if (o?.catalog) return o.catalog;
  defaultCatalog ??= (0, import_index.createCatalog)();
  return defaultCatalog;
}
function findBestMatchingVersion(spec, o) {
  return catalogOf(o).resolve(spec, o);
}
function getLatestPythonVersion(o) {
  return catalogOf(o).resolve("latest", o);
}
function listAvailableVersions(build, o) {
  return catalogOf(o).list({ ...o, build: build ?? o?.build });
}
var import_index, defaultCatalog;
var init_library = __esm({
  "src/core/catalog/library.ts"() {
    "use strict";
    import_index = __toESM(require_catalog(), 1);
  }
});

// from-run-file:src/core/config/options.ts
var require_options = __commonJS({
  "from-run-file:src/core/config/options.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/config/options.ts"]();
  }
});

// from-run-file:src/core/log.ts
var require_log = __commonJS({
  "from-run-file:src/core/log.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/log.ts"]();
  }
});

// from-run-file:src/core/versions/spec.ts
var require_spec = __commonJS({
  "from-run-file:src/core/versions/spec.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/versions/spec.ts"]();
  }
});

// from-run-file:src/core/versions/version.ts
var require_version = __commonJS({
  "from-run-file:src/core/versions/version.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/versions/version.ts"]();
  }
});

// from-run-file:src/core/catalog/layout.ts
var require_layout2 = __commonJS({
  "from-run-file:src/core/catalog/layout.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/catalog/layout.ts"]();
  }
});

// from-run-file:src/core/install/download.ts
var require_download = __commonJS({
  "from-run-file:src/core/install/download.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/install/download.ts"]();
  }
});

// from-run-file:src/core/install/http.ts
var require_http3 = __commonJS({
  "from-run-file:src/core/install/http.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/install/http.ts"]();
  }
});

// from-run-file:src/core/install/mirror.ts
var require_mirror = __commonJS({
  "from-run-file:src/core/install/mirror.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/install/mirror.ts"]();
  }
});

// from-run-file:src/core/install/python-layout.ts
var require_python_layout = __commonJS({
  "from-run-file:src/core/install/python-layout.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/install/python-layout.ts"]();
  }
});

// src/core/install/archive-limits.ts
function resolveLimits(l) {
  return {
    maxBytes: l.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRatio: l.maxRatio ?? DEFAULT_MAX_RATIO,
    maxEntries: l.maxEntries ?? DEFAULT_MAX_ENTRIES
  };
}
function limitError(archive, limit, value, what, entry) {
  const at = entry === void 0 ? "" : ` at entry "${entry}"`;
  return new import_errors2.PythonInstallationError(`Refusing to extract ${archive}${at}: ${what}.`, {
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
var import_errors2, DEFAULT_MAX_BYTES, DEFAULT_MAX_RATIO, RATIO_FLOOR_BYTES, DEFAULT_MAX_ENTRIES, MiB, HOW_TO_RAISE, InflationGuard;
var init_archive_limits = __esm({
  "src/core/install/archive-limits.ts"() {
    "use strict";
    import_errors2 = __toESM(require_errors(), 1);
    DEFAULT_MAX_BYTES = 3 * 1024 ** 3;
    DEFAULT_MAX_RATIO = 20;
    RATIO_FLOOR_BYTES = 8 * 1024 * 1024;
    DEFAULT_MAX_ENTRIES = 1e6;
    MiB = 1024 * 1024;
    HOW_TO_RAISE = {
      maxBytes: "archiveLimits.maxBytes (CLI --archive-max-bytes, env PYEMBED_ARCHIVE_MAX_BYTES)",
      maxRatio: "archiveLimits.maxRatio (CLI --archive-max-ratio, env PYEMBED_ARCHIVE_MAX_RATIO)",
      maxEntries: "archiveLimits.maxEntries"
    };
    InflationGuard = class {
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
  }
});

// from-run-file:src/core/install/memory.ts
var require_memory = __commonJS({
  "from-run-file:src/core/install/memory.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/install/memory.ts"]();
  }
});

// src/core/install/tar-reader.ts
function isZeroBlock(h) {
  for (let i = 0; i < BLOCK; i++) if (h[i] !== 0) return false;
  return true;
}
function checksumOk(h) {
  const stored = octal(h, 148, 8);
  let unsigned = 8 * 32;
  let signed = 8 * 32;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    unsigned += h[i];
    signed += h[i] << 24 >> 24;
  }
  return stored === unsigned || stored === signed;
}
function octal(h, at, len) {
  if (h[at] & 128) {
    let n2 = h[at] & 127;
    for (let i2 = at + 1; i2 < at + len; i2++) n2 = n2 * 256 + h[i2];
    return n2;
  }
  let i = at;
  while (i < at + len && h[i] === 32) i++;
  let n = 0;
  for (; i < at + len && h[i] >= 48 && h[i] <= 55; i++) n = n * 8 + (h[i] - 48);
  return n;
}
function text(h, at, len) {
  let end = at;
  while (end < at + len && h[end] !== 0) end++;
  return h.toString("utf8", at, end);
}
function paxRecords(body) {
  const out = {};
  let at = 0;
  while (at < body.length) {
    let sp = at;
    while (sp < body.length && body[sp] !== 32) sp++;
    const len = parseInt(body.toString("latin1", at, sp), 10);
    if (!len) break;
    const record = body.toString("utf8", sp + 1, at + len - 1);
    const eq = record.indexOf("=");
    if (eq === -1) break;
    out[record.slice(0, eq)] = record.slice(eq + 1);
    at += len;
  }
  return out;
}
var BLOCK, TYPES, META, invalid, TarReader;
var init_tar_reader = __esm({
  "src/core/install/tar-reader.ts"() {
    "use strict";
    BLOCK = 512;
    TYPES = {
      "0": "file",
      "\0": "file",
      "1": "link",
      "2": "symlink",
      "3": "character-device",
      "4": "block-device",
      "5": "directory",
      "6": "fifo",
      "7": "contiguous-file"
    };
    META = /* @__PURE__ */ new Set(["L", "N", "K", "x", "g"]);
    invalid = () => new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
    TarReader = class {
      constructor(sink) {
        this.sink = sink;
      }
      sink;
      /** Bytes of a header split across chunks. */
      partial;
      /** Data bytes of the current entry still to come, then the padding to the next block. */
      left = 0;
      pad = 0;
      /** A long-name or pax entry being collected: its type flag and the parts of its body. */
      meta;
      next = {};
      write(chunk) {
        let at = 0;
        if (this.partial) {
          const need = BLOCK - this.partial.length;
          if (chunk.length < need) {
            this.partial = Buffer.concat([this.partial, chunk]);
            return;
          }
          const header = Buffer.concat([this.partial, chunk.subarray(0, need)]);
          this.partial = void 0;
          at = need;
          this.header(header);
        }
        while (at < chunk.length) {
          if (this.left > 0) {
            const n = Math.min(this.left, chunk.length - at);
            const piece = chunk.subarray(at, at + n);
            if (this.meta) this.meta.parts.push(piece);
            else this.sink.data(piece);
            this.left -= n;
            at += n;
            if (this.left === 0) this.finish();
          } else if (this.pad > 0) {
            const n = Math.min(this.pad, chunk.length - at);
            this.pad -= n;
            at += n;
          } else if (chunk.length - at < BLOCK) {
            this.partial = Buffer.from(chunk.subarray(at));
            return;
          } else {
            this.header(chunk.subarray(at, at + BLOCK));
            at += BLOCK;
          }
        }
      }
      /** The stream ended: anything but a block boundary between entries is a truncated archive. */
      end() {
        if (this.left > 0 || this.pad > 0 || this.partial) throw new Error("Unexpected end of data");
      }
      header(h) {
        if (isZeroBlock(h)) return;
        if (!checksumOk(h)) throw invalid();
        const magic = h.toString("latin1", 257, 263);
        const ustar = magic === "ustar\0";
        if (!ustar && magic !== "ustar ") throw new Error("Invalid tar header: unknown format.");
        const flag = String.fromCharCode(h[156]);
        let size = octal(h, 124, 12);
        const pad = (n) => (BLOCK - n % BLOCK) % BLOCK;
        if (META.has(flag)) {
          this.meta = { flag, parts: [] };
          this.start(size, pad(size));
          return;
        }
        let name = text(h, 0, 100);
        if (ustar && h[345] !== 0) name = `${text(h, 345, 155)}/${name}`;
        let linkname = text(h, 157, 100);
        if (this.next.path) name = this.next.path;
        if (this.next.linkpath) linkname = this.next.linkpath;
        if (this.next.size !== void 0) size = this.next.size;
        this.next = {};
        let type = TYPES[flag] ?? `flag ${flag}`;
        if (type === "file" && name.endsWith("/")) type = "directory";
        this.sink.begin({
          name,
          type,
          size,
          mode: octal(h, 100, 8),
          mtime: new Date(octal(h, 136, 12) * 1e3),
          linkname
        });
        this.start(size, pad(size));
      }
      start(size, pad) {
        this.left = size;
        this.pad = pad;
        if (size === 0) this.finish();
      }
      finish() {
        const meta = this.meta;
        if (!meta) {
          this.sink.end();
          return;
        }
        this.meta = void 0;
        const body = Buffer.concat(meta.parts);
        if (meta.flag === "L" || meta.flag === "N") this.next.path = text(body, 0, body.length);
        else if (meta.flag === "K") this.next.linkpath = text(body, 0, body.length);
        else if (meta.flag === "x") {
          const pax = paxRecords(body);
          if (pax.path) this.next.path = pax.path;
          if (pax.linkpath) this.next.linkpath = pax.linkpath;
          if (pax.size !== void 0) {
            const size = /^\d+$/.test(pax.size) ? Number(pax.size) : NaN;
            if (!Number.isSafeInteger(size)) throw new Error(`Invalid tar header: pax size "${pax.size}".`);
            this.next.size = size;
          }
        }
      }
    };
  }
});

// src/core/install/extract-safety.ts
function refuse(archive, entry, why) {
  return new import_errors3.PythonInstallationError(`Refusing to extract ${archive}: entry "${entry}" ${why}.`, {
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
var import_errors3, WINDOWS_DEVICE;
var init_extract_safety = __esm({
  "src/core/install/extract-safety.ts"() {
    "use strict";
    import_errors3 = __toESM(require_errors(), 1);
    WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])(\..*)?$/i;
  }
});

// src/core/install/tree-writer.ts
function writeAllSync(fd, chunks) {
  let pending = chunks.filter((c) => c.length > 0);
  while (pending.length > 0) {
    let written = import_node_fs.default.writevSync(fd, pending);
    let done = 0;
    while (done < pending.length && written >= pending[done].length) written -= pending[done++].length;
    pending = pending.slice(done);
    if (written > 0) pending[0] = pending[0].subarray(written);
  }
}
var import_node_fs, import_node_path4, TreeWriter;
var init_tree_writer = __esm({
  "src/core/install/tree-writer.ts"() {
    "use strict";
    import_node_fs = __toESM(require("node:fs"), 1);
    import_node_path4 = __toESM(require("node:path"), 1);
    init_archive_limits();
    init_extract_safety();
    TreeWriter = class {
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
        return import_node_path4.default.join(this.root, rel);
      }
      ensureParent(rel) {
        const abs = this.abs(rel);
        const dir = import_node_path4.default.dirname(abs);
        if (!this.dirs.has(dir)) {
          import_node_fs.default.mkdirSync(dir, { recursive: true });
          for (let d = dir; d.length > this.root.length && !this.dirs.has(d); d = import_node_path4.default.dirname(d))
            this.dirs.add(d);
        }
        return abs;
      }
      /** A later entry for the same path wins, as with tar: forget a link queued there. */
      claim(rel) {
        this.symlinks.delete(rel);
        this.hardlinks.delete(rel);
      }
      /** Writes a whole file from the chunks it arrived in (one writev, no joined copy of them). */
      writeSmall(rel, body, mode, mtime) {
        const fd = this.openFile(rel, mode);
        try {
          writeAllSync(fd, body);
        } catch (e) {
          import_node_fs.default.closeSync(fd);
          throw e;
        }
        this.closeFile(rel, fd, mtime);
      }
      /** Opens a file of the archive for writing; its bytes follow with writeAllSync, then `closeFile`. */
      openFile(rel, mode) {
        this.claim(rel);
        const abs = this.ensureParent(rel);
        if (this.dirs.has(abs)) throw refuse(this.archive, rel, "replaces a directory with a file");
        return import_node_fs.default.openSync(abs, "w", clampMode(mode, false));
      }
      /** Sets the file's mtime (.pyc files embed their source's) and closes it. */
      closeFile(rel, fd, mtime) {
        try {
          import_node_fs.default.futimesSync(fd, mtime, mtime);
        } finally {
          import_node_fs.default.closeSync(fd);
        }
        this.files.add(rel);
      }
      other(rel, type, linkname, mode, rawName) {
        if (type === "directory") {
          const abs = this.abs(rel);
          this.claim(rel);
          if (!this.dirs.has(abs)) {
            import_node_fs.default.mkdirSync(abs, { recursive: true });
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
          import_node_fs.default.rmSync(abs, { force: true });
          try {
            import_node_fs.default.linkSync(this.abs(target), abs);
          } catch {
            import_node_fs.default.copyFileSync(this.abs(target), abs);
          }
        }
        for (const [rel, target] of this.symlinks) {
          const abs = this.ensureParent(rel);
          if (this.dirs.has(abs))
            throw refuse(this.archive, rel, "is a symlink where the archive also has a directory");
          import_node_fs.default.rmSync(abs, { force: true });
          import_node_fs.default.symlinkSync(target, abs);
        }
        for (const [abs, mode] of this.dirModes) import_node_fs.default.chmodSync(abs, mode);
      }
    };
  }
});

// node_modules/fzstd/esm/index.mjs
var ab, u8, u16, i16, i32, slc, fill, cpw, ec, err, rb, b4, rzfh, msb, rfse, rhu, dllt, dmlt, doct, b2bl, llb, llbl, mlb, mlbl, dhu, dhu4, rzb, cct, Decompress;
var init_esm = __esm({
  "node_modules/fzstd/esm/index.mjs"() {
    ab = ArrayBuffer;
    u8 = Uint8Array;
    u16 = Uint16Array;
    i16 = Int16Array;
    i32 = Int32Array;
    slc = function(v, s, e) {
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
    fill = function(v, n, s, e) {
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
    cpw = function(v, t, s, e) {
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
    ec = [
      "invalid zstd data",
      "window size too large (>2046MB)",
      "invalid block type",
      "FSE accuracy too high",
      "match distance too far back",
      "unexpected EOF"
    ];
    err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    rb = function(d, b, n) {
      var i = 0, o = 0;
      for (; i < n; ++i)
        o |= d[b++] << (i << 3);
      return o;
    };
    b4 = function(d, b) {
      return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
    };
    rzfh = function(dat, w) {
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
    msb = function(val) {
      var bits = 0;
      for (; 1 << bits <= val; ++bits)
        ;
      return bits - 1;
    };
    rfse = function(dat, bt, mal) {
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
    rhu = function(dat, bt) {
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
    dllt = rfse(/* @__PURE__ */ new u8([
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
    dmlt = rfse(/* @__PURE__ */ new u8([
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
    doct = rfse(/* @__PURE__ */ new u8([
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
    b2bl = function(b, s) {
      var len = b.length, bl = new i32(len);
      for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
      }
      return bl;
    };
    llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
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
    llbl = /* @__PURE__ */ b2bl(llb, 0);
    mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
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
    mlbl = /* @__PURE__ */ b2bl(mlb, 3);
    dhu = function(dat, out, hu) {
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
    dhu4 = function(dat, out, hu) {
      var bt = 6;
      var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
      dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
      dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
      dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
      dhu(dat.subarray(bt), out.subarray(sz3), hu);
    };
    rzb = function(dat, st, out) {
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
    cct = function(bufs, ol) {
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
    Decompress = /* @__PURE__ */ (function() {
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
  }
});

// src/core/install/zstd.ts
function windowError(archive, window, max) {
  return new import_errors4.PythonInstallationError(
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
  const guard = new import_node_stream.Transform({
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
  const z = (0, import_builtins4.zlibModule)();
  if (!forceFzstd && typeof z.createZstdDecompress === "function") {
    const key = z.constants.ZSTD_d_windowLogMax;
    return z.createZstdDecompress(key === void 0 ? {} : { params: { [key]: MAX_WINDOW_LOG } });
  }
  const d = new Decompress((chunk) => {
    if (chunk.length) out.push(Buffer.from(chunk));
  });
  const out = new import_node_stream.Transform({
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
var import_node_stream, import_errors4, import_builtins4, MAX_WINDOW_LOG, MAX_WINDOW_BYTES, FRAME_MAGIC, ZstdFrameScanner;
var init_zstd = __esm({
  "src/core/install/zstd.ts"() {
    "use strict";
    import_node_stream = require("node:stream");
    init_esm();
    import_errors4 = __toESM(require_errors(), 1);
    init_archive_limits();
    import_builtins4 = __toESM(require_builtins(), 1);
    MAX_WINDOW_LOG = 27;
    MAX_WINDOW_BYTES = 2 ** MAX_WINDOW_LOG;
    FRAME_MAGIC = 4247762216;
    ZstdFrameScanner = class {
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
        throw new import_errors4.PythonInstallationError(`Cannot extract ${this.archive}: not valid zstd data (${what}).`, {
          requested: this.archive,
          hint: "The archive is truncated or corrupt; download it again."
        });
      }
    };
  }
});

// cjs-lazy-lib:yauzl
var require_yauzl = __commonJS({
  "cjs-lazy-lib:yauzl"(exports2, module2) {
    module2.exports = require("./lib-yauzl.cjs");
  }
});

// src/core/install/extract.ts
var extract_exports = {};
__export(extract_exports, {
  extractArchive: () => extractArchive,
  extractInto: () => extractInto,
  extractTarStream: () => extractTarStream,
  formatFromName: () => formatFromName,
  sniffFormat: () => sniffFormat
});
function formatFromName(name) {
  const n = name.toLowerCase();
  if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) return "tar.gz";
  if (n.endsWith(".tar.zst") || n.endsWith(".tzst") || n.endsWith(".tar.zstd")) return "tar.zst";
  if (n.endsWith(".zip")) return "zip";
  return void 0;
}
async function sniffFormat(file) {
  const fh = await import_async_fs4.fs.open(file, "r");
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
    throw new import_errors5.PythonInstallationError(`Cannot tell the archive format of ${archive}.`, {
      requested: archive,
      available: ["tar.gz", "tar.zst", "zip"],
      hint: "Name it .tar.gz, .tar.zst or .zip."
    });
  }
  const dest = import_node_path5.default.resolve(destDir);
  let tmp;
  try {
    await (0, import_fs5.makeDirs)(import_node_path5.default.dirname(dest));
    tmp = await import_async_fs4.fs.mkdtemp(import_node_path5.default.join(import_node_path5.default.dirname(dest), `.${import_node_path5.default.basename(dest)}.extract-`));
    await extractInto(archive, tmp, format, o);
    await moveInto(tmp, dest);
  } catch (e) {
    if (e instanceof import_errors5.PythonEmbeddedError || o.signal?.aborted) throw e;
    throw new import_errors5.PythonInstallationError(`Cannot extract ${archive} into ${dest}: ${(0, import_fs5.fsErrorText)(e)}`, {
      requested: dest,
      hint: "Check that the destination is writable and has room."
    });
  } finally {
    if (tmp) await import_async_fs4.fs.rm(tmp, { recursive: true, force: true });
  }
}
async function extractInto(archive, root, format, o = {}) {
  const w = new TreeWriter(archive, root, o);
  if (format === "zip") await unzip(archive, w, o);
  else await untar(archive, format, w, o);
  w.finish();
}
async function moveInto(src, dest) {
  const existing = await import_async_fs4.fs.readdir(dest).catch(() => void 0);
  if (existing && existing.length === 0) await import_async_fs4.fs.rmdir(dest);
  if (!existing || existing.length === 0) {
    await (0, import_fs5.renameWithRetry)(src, dest);
    return;
  }
  for (const child of await import_async_fs4.fs.readdir(src)) {
    if (existing.includes(child)) {
      throw new import_errors5.PythonInstallationError(`Cannot extract into ${dest}: ${child} already exists there.`, {
        requested: dest,
        hint: "Extract into an empty directory or remove the existing files first."
      });
    }
  }
  for (const child of await import_async_fs4.fs.readdir(src))
    await (0, import_fs5.renameWithRetry)(import_node_path5.default.join(src, child), import_node_path5.default.join(dest, child));
}
function progressMeter({ total, readHere }, w, guard, o) {
  let bytes = 0;
  return new import_node_stream2.Transform({
    transform(chunk, _e, cb) {
      bytes += chunk.length;
      guard.addCompressed(chunk.length);
      if (readHere) (0, import_memory.noteGarbage)(chunk.length);
      o.onProgress?.({ bytes, total, entries: w.entries });
      cb(null, chunk);
    }
  });
}
function inflationMeter(w, guard) {
  return new import_node_stream2.Transform({
    transform(chunk, _e, cb) {
      try {
        guard.addInflated(chunk.length, w.current || void 0);
        (0, import_memory.noteGarbage)(chunk.length);
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
  await untarFrom(source, name, format, w, o, { total: 0, readHere: false });
  w.finish();
}
async function untar(archive, format, w, o) {
  const total = (await import_async_fs4.fs.stat(archive)).size;
  const source = (0, import_node_fs2.createReadStream)(archive, { highWaterMark: 256 * 1024 });
  await untarFrom(source, archive, format, w, o, { total, readHere: true });
}
async function untarFrom(source, archive, format, w, o, input) {
  const guard = new InflationGuard(archive, o);
  const entries = new EntryWriter(w);
  const ex = tarSink(new TarReader(entries));
  const decompress = format === "tar.gz" ? [(0, import_builtins5.zlibModule)().createGunzip({ chunkSize: 128 * 1024 })] : zstdDecompressor(archive, o.zstdDecoder);
  const meters = [progressMeter(input, w, guard, o), ...decompress, inflationMeter(w, guard)];
  try {
    await (0, import_promises.pipeline)([source, ...meters, ex], { signal: o.signal });
  } catch (e) {
    entries.abort();
    if (e instanceof import_errors5.PythonInstallationError || o.signal?.aborted) throw e;
    throw new import_errors5.PythonInstallationError(
      `Cannot extract ${archive}: ${e instanceof Error ? e.message : String(e)}`,
      { requested: archive, hint: extractHint(e) }
    );
  }
}
function tarSink(reader) {
  const sink = new import_node_stream2.Writable({
    highWaterMark: 512 * 1024,
    write(chunk, _e, cb) {
      setImmediate(() => {
        if (sink.destroyed) return cb();
        try {
          reader.write(chunk);
        } catch (e) {
          return cb(e);
        }
        cb();
      });
    },
    final(cb) {
      try {
        reader.end();
      } catch (e) {
        return cb(e);
      }
      cb();
    }
  });
  return sink;
}
async function unzip(archive, w, o) {
  const total = (await import_async_fs4.fs.stat(archive)).size;
  const { open: open2 } = await loadYauzl();
  const zip = await new Promise(
    (resolve, reject) => open2(
      archive,
      { lazyEntries: true, autoClose: true, strictFileNames: false },
      (err2, z) => err2 ? reject(err2) : resolve(z)
    )
  ).catch((e) => {
    throw new import_errors5.PythonInstallationError(`Cannot read zip ${archive}: ${e.message}`, { requested: archive });
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
            if (type === "symlink") {
              const target = Buffer.concat(chunks).toString("utf8");
              w.other(rel, "symlink", target, 511, entry.fileName);
            } else w.writeSmall(rel, chunks, unixMode & 511 || 420, entry.getLastModDate());
            zip.readEntry();
          } catch (e) {
            fail(e);
          }
        });
      });
    });
    zip.readEntry();
  }).catch((e) => {
    if (e instanceof import_errors5.PythonInstallationError || o.signal?.aborted) throw e;
    throw new import_errors5.PythonInstallationError(
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
var import_node_fs2, import_async_fs4, import_node_path5, import_node_stream2, import_promises, import_errors5, import_fs5, import_memory, import_builtins5, loadYauzl, SMALL_FILE, EntryWriter;
var init_extract = __esm({
  "src/core/install/extract.ts"() {
    "use strict";
    import_node_fs2 = __toESM(require("node:fs"), 1);
    import_async_fs4 = __toESM(require_async_fs(), 1);
    import_node_path5 = __toESM(require("node:path"), 1);
    import_node_stream2 = require("node:stream");
    import_promises = require("node:stream/promises");
    import_errors5 = __toESM(require_errors(), 1);
    import_fs5 = __toESM(require_fs2(), 1);
    init_archive_limits();
    import_memory = __toESM(require_memory(), 1);
    init_tar_reader();
    init_tree_writer();
    init_zstd();
    import_builtins5 = __toESM(require_builtins(), 1);
    loadYauzl = () => Promise.resolve().then(() => __toESM(require_yauzl(), 1)).then((m) => m.default);
    SMALL_FILE = 1024 * 1024;
    EntryWriter = class {
      constructor(w) {
        this.w = w;
      }
      w;
      e;
      rel = "";
      chunks = [];
      bytes = 0;
      fd;
      isFile() {
        return (this.e?.type === "file" || this.e?.type === "contiguous-file") && this.rel !== "";
      }
      begin(e) {
        this.e = e;
        this.rel = this.w.begin(e.name, e.type, e.size);
        this.chunks = [];
        this.bytes = 0;
      }
      data(piece) {
        if (!this.isFile()) return;
        if (this.fd !== void 0) return writeAllSync(this.fd, [piece]);
        this.chunks.push(piece);
        this.bytes += piece.length;
        if (this.bytes > SMALL_FILE) {
          this.fd = this.w.openFile(this.rel, this.e.mode);
          writeAllSync(this.fd, this.chunks);
          this.chunks = [];
        }
      }
      end() {
        const e = this.e;
        if (this.isFile()) {
          const fd = this.fd;
          this.fd = void 0;
          if (fd !== void 0) this.w.closeFile(this.rel, fd, e.mtime);
          else this.w.writeSmall(this.rel, this.chunks, e.mode, e.mtime);
          this.chunks = [];
        } else if (this.rel) this.w.other(this.rel, e.type, e.linkname, e.mode, e.name);
      }
      /** A failed extraction leaves no descriptor open (the caller removes the tree). */
      abort() {
        if (this.fd !== void 0) import_node_fs2.default.closeSync(this.fd);
        this.fd = void 0;
      }
    };
  }
});

// src/core/install/install.ts
async function cleanStaging(targetDir, log = import_log.silentLogger) {
  const parent = import_node_path6.default.dirname(targetDir);
  const prefix = `.${import_node_path6.default.basename(targetDir)}.`;
  for (const name of await import_async_fs5.fs.readdir(parent).catch(() => [])) {
    if (name.startsWith(prefix) && /\.(install|extract)-/.test(name)) {
      log.warn(`removing ${import_node_path6.default.join(parent, name)}, left by an interrupted install`);
      await import_async_fs5.fs.rm(import_node_path6.default.join(parent, name), { recursive: true, force: true });
    }
  }
}
async function installBuild(build, targetDir, o = {}) {
  const log = o.logger ?? import_log.silentLogger;
  const target = import_node_path6.default.resolve(targetDir);
  if (await nonEmpty(target)) {
    throw new import_errors6.PythonInstallationError(
      `Cannot install ${build.key} into ${target}: the directory is not empty.`,
      {
        requested: target,
        hint: "Remove it first, or install somewhere else."
      }
    );
  }
  await import_async_fs5.fs.mkdir(import_node_path6.default.dirname(target), { recursive: true });
  const staging = await import_async_fs5.fs.mkdtemp(import_node_path6.default.join(import_node_path6.default.dirname(target), `.${import_node_path6.default.basename(target)}.install-`));
  try {
    const extracted = import_node_path6.default.join(staging, "x");
    await import_async_fs5.fs.mkdir(extracted);
    const got = await fetchAndExtract(build, extracted, staging, o, log);
    o.signal?.throwIfAborted();
    const loc = (0, import_python_layout.locatePython)(extracted);
    if (!loc) {
      throw new import_errors6.PythonInstallationError(`No Python interpreter found in ${build.assetName}.`, {
        requested: build.key,
        hint: "The archive does not have a python-build-standalone layout."
      });
    }
    o.onProgress?.({ phase: "verify", label: build.key, current: 0 });
    const probe2 = await (0, import_probe2.probeInterpreter)(import_node_path6.default.join(loc.root, loc.exe));
    checkProbe(build, probe2);
    o.signal?.throwIfAborted();
    await import_async_fs5.fs.rm(target, { recursive: true, force: true });
    await (0, import_fs6.renameWithRetry)(loc.root, target);
    log.debug(`installed ${build.key} (${probe2.version}) at ${target}`);
    return {
      pythonDir: target,
      pythonPath: import_node_path6.default.join(target, loc.exe),
      pythonExe: loc.exe,
      version: probe2.version,
      probe: probe2,
      url: got.url,
      sha256: got.sha256,
      checksumSource: got.checksumSource,
      bytes: got.bytes,
      downloaded: got.downloaded
    };
  } finally {
    await import_async_fs5.fs.rm(staging, { recursive: true, force: true });
  }
}
async function nonEmpty(dir) {
  const entries = await import_async_fs5.fs.readdir(dir).catch(() => void 0);
  return !!entries && entries.length > 0;
}
function checkProbe(build, probe2) {
  const implementation = build.implementation ?? "cpython";
  const sameVersion = implementation === "graalpy" ? probe2.versionInfo[0] === build.major && probe2.versionInfo[1] === build.minor : probe2.version === build.version;
  if (probe2.implementation !== implementation || !sameVersion) {
    throw new import_errors6.PythonInstallationError(
      `The archive for ${build.key} contains ${probe2.implementation} ${probe2.version}, not ${implementation === "cpython" ? "" : `${implementation} `}${build.version}.`,
      {
        requested: build.version,
        available: [probe2.version],
        hint: "The mirror or catalogue entry is wrong; nothing was installed."
      }
    );
  }
  const wantFt = build.variant?.includes("freethreaded") ?? false;
  if (wantFt !== probe2.freethreaded) {
    throw new import_errors6.PythonInstallationError(
      `The archive for ${build.key} is ${probe2.freethreaded ? "" : "not "}a free-threaded build.`,
      { requested: build.key, hint: "The mirror or catalogue entry is wrong; nothing was installed." }
    );
  }
}
async function archiveSource(build, o, log, http2) {
  let url;
  let sha256;
  let checksumSource;
  if (o.archivePath) {
    url = (0, import_node_url.pathToFileURL)(import_node_path6.default.resolve(o.archivePath)).href;
    sha256 = (0, import_download.normaliseSha256)(build.sha256);
    checksumSource = sha256 ? "given" : "none";
  } else {
    url = (0, import_mirror.mirrorUrlFor)(build, o.mirror);
    const sum = await (0, import_mirror.expectedChecksum)(build, { mirror: o.mirror, logger: log, http: http2 });
    sha256 = sum.sha256;
    checksumSource = sum.source;
    if (!sha256 && !o.allowMissingChecksum) {
      throw new import_errors6.ChecksumMismatchError(
        `No sha256 is known for ${build.assetName}; refusing to install it unverified.`,
        {
          requested: build.key,
          url: (0, import_http.redactUrl)(url),
          hint: "Use a mirror that publishes SHA256SUMS, or set allowMissingChecksum (--allow-missing-checksum) to accept the risk."
        }
      );
    }
  }
  const isFile2 = url.startsWith("file:");
  if (isFile2 && !await import_async_fs5.fs.stat((0, import_node_url.fileURLToPath)(url)).catch(() => void 0)) {
    throw new import_errors6.PythonInstallationError(`No archive at ${(0, import_node_url.fileURLToPath)(url)}.`, {
      requested: (0, import_node_url.fileURLToPath)(url),
      hint: o.mirror && !o.archivePath && build.source !== "downloads" ? "A local mirror must hold <mirror>/<tag>/<asset>." : "Check the path."
    });
  }
  return { url, sha256, checksumSource };
}
async function fetchAndExtract(build, extracted, staging, o, log) {
  const { extractArchive: extractArchive2, extractTarStream: extractTarStream2, formatFromName: formatFromName2 } = await Promise.resolve().then(() => (init_extract(), extract_exports));
  const declared = (0, import_layout2.installableFormat)(build);
  const format = formatFromName2(build.assetName) ?? declared;
  const local = !!o.archivePath;
  const http2 = { token: o.mirror ? void 0 : o.token, env: o.env, ca: o.ca, timeoutMs: o.timeoutMs };
  const { url, sha256, checksumSource } = await archiveSource(build, o, log, http2);
  const isFile2 = url.startsWith("file:");
  const common = {
    ...http2,
    sha256,
    allowMissingChecksum: local || o.allowMissingChecksum,
    retries: o.retries,
    backoffMs: o.backoffMs,
    logger: log,
    signal: o.signal,
    onProgress: (e) => o.onProgress?.({
      phase: "download",
      label: build.key,
      current: e.bytes,
      total: e.total,
      unit: "bytes"
    })
  };
  let r;
  if (format === "zip") {
    const file = import_node_path6.default.join(staging, build.assetName);
    r = await (0, import_download.downloadFile)(url, file, common);
    await import_async_fs5.fs.rm(extracted, { recursive: true, force: true });
    await extractArchive2(file, extracted, { ...o.archiveLimits, format, signal: o.signal });
    await import_async_fs5.fs.rm(file, { force: true });
  } else {
    r = await (0, import_download.streamUrl)(url, {
      ...common,
      consume: (body, info2) => extractTarStream2(body, extracted, format, {
        ...o.archiveLimits,
        name: build.assetName,
        signal: o.signal,
        onProgress: (e) => o.onProgress?.({
          phase: "extract",
          label: build.key,
          current: e.bytes,
          total: info2.total,
          unit: "bytes"
        })
      }),
      reset: async () => {
        await import_async_fs5.fs.rm(extracted, { recursive: true, force: true });
        await import_async_fs5.fs.mkdir(extracted);
      }
    });
  }
  return {
    url: isFile2 ? (0, import_node_url.fileURLToPath)(url) : (0, import_http.redactUrl)(url),
    sha256: r.sha256,
    bytes: r.bytes,
    checksumSource,
    downloaded: !isFile2
  };
}
var import_async_fs5, import_node_path6, import_node_url, import_layout2, import_errors6, import_log, import_download, import_http, import_mirror, import_probe2, import_python_layout, import_fs6;
var init_install = __esm({
  "src/core/install/install.ts"() {
    "use strict";
    import_async_fs5 = __toESM(require_async_fs(), 1);
    import_node_path6 = __toESM(require("node:path"), 1);
    import_node_url = require("node:url");
    import_layout2 = __toESM(require_layout2(), 1);
    import_errors6 = __toESM(require_errors(), 1);
    import_log = __toESM(require_log(), 1);
    import_download = __toESM(require_download(), 1);
    import_http = __toESM(require_http3(), 1);
    import_mirror = __toESM(require_mirror(), 1);
    import_probe2 = __toESM(require_probe(), 1);
    import_python_layout = __toESM(require_python_layout(), 1);
    import_fs6 = __toESM(require_fs2(), 1);
  }
});

// from-run-file:src/core/install/lock.ts
var require_lock = __commonJS({
  "from-run-file:src/core/install/lock.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/install/lock.ts"]();
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

// src/core/instances/archive.ts
function inside(root, p) {
  const rel = import_node_path7.default.relative(root, p);
  return rel === "" || !rel.startsWith("..") && !import_node_path7.default.isAbsolute(rel);
}
async function walk2(root, prefix, log) {
  const out = [];
  const realRoot = await import_async_fs6.fs.realpath(root);
  const visit = async (abs, name) => {
    const st = await import_async_fs6.fs.lstat(abs);
    const base = { abs, name, mode: st.mode & 511, mtime: st.mtime, size: st.size };
    if (st.isSymbolicLink()) {
      let linkname = await import_async_fs6.fs.readlink(abs);
      let target = import_node_path7.default.resolve(import_node_path7.default.dirname(abs), linkname);
      if (!inside(root, target)) {
        const real = await import_async_fs6.fs.realpath(target).catch(() => void 0);
        if (!real || !inside(realRoot, real)) {
          log.warn(`export: skipping ${name}, a symlink to ${linkname} outside the exported tree`);
          return;
        }
        target = import_node_path7.default.join(root, import_node_path7.default.relative(realRoot, real));
        linkname = target;
      }
      if (import_node_path7.default.isAbsolute(linkname))
        linkname = import_node_path7.default.relative(import_node_path7.default.dirname(abs), target).split(import_node_path7.default.sep).join("/");
      out.push({ ...base, kind: "symlink", linkname });
    } else if (st.isDirectory()) {
      out.push({ ...base, kind: "dir", name: `${name}/` });
      for (const child of (await import_async_fs6.fs.readdir(abs)).sort())
        await visit(import_node_path7.default.join(abs, child), `${name}/${child}`);
    } else if (st.isFile()) {
      out.push({ ...base, kind: "file" });
    } else {
      log.warn(`export: skipping ${name}, not a regular file, directory or symlink`);
    }
  };
  await visit(root, prefix);
  return out;
}
function inProcessZstd() {
  const z = (0, import_builtins6.zlibModule)();
  return typeof z.createZstdCompress === "function" ? z.createZstdCompress() : void 0;
}
async function spawnZstd(out) {
  const child = (0, import_builtins6.childProcessModule)().spawn("zstd", ["-q", "-T0", "-3", "-f", "-o", out], {
    stdio: ["pipe", "ignore", "pipe"]
  });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d);
  const done = new Promise((resolve, reject) => {
    child.on(
      "error",
      (e) => reject(
        new import_errors7.PythonInstallationError(
          "Writing .tar.zst needs zstd: this Node has no zstd compressor and `zstd` is not on PATH.",
          {
            requested: out,
            available: [".tar.gz", ".zip"],
            hint: "Install zstd, use Node >= 22.15, or export to .tar.gz / .zip.",
            cause: e.message
          }
        )
      )
    );
    child.on(
      "exit",
      (code) => code === 0 ? resolve() : reject(new Error(`zstd exited with ${code}: ${stderr.trim()}`))
    );
  });
  return { input: child.stdin, done };
}
async function packDirectory(dir, out, o) {
  const log = o.logger ?? import_log2.silentLogger;
  const format = o.format ?? (await Promise.resolve().then(() => (init_extract(), extract_exports))).formatFromName(out);
  if (!format) {
    throw new import_errors7.PythonInstallationError(`Cannot tell the archive format from ${out}.`, {
      requested: out,
      available: [".tar.gz", ".tar.zst", ".zip"],
      hint: "Name the export file .tar.gz, .tar.zst or .zip."
    });
  }
  const entries = await walk2(dir, o.topName, log);
  await import_async_fs6.fs.mkdir(import_node_path7.default.dirname(import_node_path7.default.resolve(out)), { recursive: true });
  const tmp = `${out}.partial`;
  try {
    if (format === "zip") await writeZip(entries, tmp);
    else await writeTar(entries, tmp, format);
    await import_async_fs6.fs.rename(tmp, out);
  } catch (e) {
    await import_async_fs6.fs.rm(tmp, { force: true });
    throw e;
  }
}
async function writeZip(entries, out) {
  const { default: yazl } = await Promise.resolve().then(() => __toESM(require_yazl(), 1));
  const zip = new yazl.ZipFile();
  const done = (0, import_promises2.pipeline)(zip.outputStream, (0, import_node_fs3.createWriteStream)(out));
  for (const e of entries) {
    if (e.kind === "dir") zip.addEmptyDirectory(e.name, { mtime: e.mtime, mode: 16384 | e.mode });
    else if (e.kind === "symlink")
      zip.addBuffer(Buffer.from(e.linkname ?? ""), e.name, {
        mtime: e.mtime,
        mode: 40960 | 511,
        compress: false
      });
    else zip.addFile(e.abs, e.name, { mtime: e.mtime, mode: 32768 | e.mode });
  }
  zip.end();
  await done;
}
async function writeTar(entries, out, format) {
  const { default: tar } = await Promise.resolve().then(() => __toESM(require_tar_stream(), 1));
  const pack = tar.pack();
  let done;
  if (format === "tar.gz") {
    done = (0, import_promises2.pipeline)(pack, (0, import_builtins6.zlibModule)().createGzip({ level: 6 }), (0, import_node_fs3.createWriteStream)(out));
  } else {
    const z = inProcessZstd();
    if (z) done = (0, import_promises2.pipeline)(pack, z, (0, import_node_fs3.createWriteStream)(out));
    else {
      const { input, done: exited } = await spawnZstd(out);
      done = Promise.all([(0, import_promises2.pipeline)(pack, input), exited]);
    }
  }
  const add = async (e) => {
    if (e.kind === "dir")
      return void pack.entry({ name: e.name, type: "directory", mode: e.mode, mtime: e.mtime });
    if (e.kind === "symlink")
      return void pack.entry({
        name: e.name,
        type: "symlink",
        linkname: e.linkname,
        mode: 511,
        mtime: e.mtime
      });
    await new Promise((resolve, reject) => {
      const sink = pack.entry(
        { name: e.name, type: "file", size: e.size, mode: e.mode, mtime: e.mtime },
        (err2) => err2 ? reject(err2) : resolve()
      );
      (0, import_node_fs3.createReadStream)(e.abs).on("error", reject).pipe(sink);
    });
  };
  try {
    for (const e of entries) await add(e);
    pack.finalize();
  } catch (e) {
    pack.destroy(e);
  }
  await done;
}
var import_node_fs3, import_async_fs6, import_node_path7, import_promises2, import_errors7, import_log2, import_builtins6;
var init_archive = __esm({
  "src/core/instances/archive.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_async_fs6 = __toESM(require_async_fs(), 1);
    import_node_path7 = __toESM(require("node:path"), 1);
    import_promises2 = require("node:stream/promises");
    import_errors7 = __toESM(require_errors(), 1);
    import_log2 = __toESM(require_log(), 1);
    import_builtins6 = __toESM(require_builtins(), 1);
  }
});

// src/core/instances/metadata.ts
function instanceName(b) {
  const p = b.platform;
  const plat = `${p.os}-${p.arch}${p.archVariant ? `_${p.archVariant}` : ""}-${p.libc}`;
  return `${b.implementation ?? "cpython"}-${b.version}-${plat}${b.variant ? `+${b.variant}` : ""}-${b.build}`;
}
function parseInstanceName(name) {
  const m = NAME.exec(name);
  if (!m) return void 0;
  try {
    return {
      implementation: m[1],
      version: m[2],
      platform: (0, import_platform2.parsePlatform)(m[3]),
      variant: m[4],
      build: m[5]
    };
  } catch {
    return void 0;
  }
}
function buildKeyOf(p) {
  const plat = `${p.platform.os}-${p.platform.arch}${p.platform.archVariant ? `_${p.platform.archVariant}` : ""}-${p.platform.libc}`;
  return `${p.implementation}-${p.version}${p.variant ? `+${p.variant}` : ""}-${plat}`;
}
async function writeInstanceMetadata(dir, m) {
  const file = import_node_path8.default.join(dir, METADATA_FILE);
  const { rebuilt: _rebuilt, ...stored } = m;
  await (0, import_fs7.writeFileAtomic)(file, JSON.stringify(stored, null, 2) + "\n");
}
async function readStoredMetadata(dir) {
  (0, import_fs7.sweepDeadTemps)(import_node_path8.default.join(dir, METADATA_FILE));
  try {
    const m = JSON.parse(await import_async_fs7.fs.readFile(import_node_path8.default.join(dir, METADATA_FILE), "utf8"));
    if (typeof m !== "object" || !m || m.key !== import_node_path8.default.basename(dir) || typeof m.version !== "string" || typeof m.build !== "string" || typeof m.pythonExe !== "string" || typeof m.platform?.os !== "string") {
      return void 0;
    }
    return m;
  } catch {
    return void 0;
  }
}
async function rebuildInstanceMetadata(dir, log) {
  const key = import_node_path8.default.basename(dir);
  const parsed = parseInstanceName(key);
  const exe = (0, import_python_layout2.findInterpreter)(import_node_path8.default.join(dir, "python"));
  if (!parsed || !exe) return void 0;
  let version = parsed.version;
  try {
    version = (await (0, import_probe3.probeInterpreter)(import_node_path8.default.join(dir, "python", exe))).version;
  } catch (e) {
    log.warn(
      `${key}: the interpreter does not run (${e instanceof Error ? e.message : String(e)}); run verify.`
    );
  }
  const st = await import_async_fs7.fs.stat(import_node_path8.default.join(dir, "python"));
  const m = {
    schema: SCHEMA,
    key,
    dir,
    buildKey: buildKeyOf({ ...parsed, version }),
    implementation: parsed.implementation,
    version,
    build: parsed.build,
    platform: parsed.platform,
    variant: parsed.variant,
    pythonExe: exe,
    createdAt: (st.birthtimeMs > 0 ? st.birthtime : st.mtime).toISOString(),
    origin: { kind: "rebuilt" }
  };
  log.warn(
    `${key}: ${METADATA_FILE} was missing or corrupt; rebuilt it from the files (instance and venvs kept).`
  );
  try {
    await writeInstanceMetadata(dir, m);
  } catch (e) {
    log.warn(
      `${key}: could not store the rebuilt ${METADATA_FILE}: ${e instanceof Error ? e.message : String(e)}`
    );
  }
  return { ...m, rebuilt: true };
}
function installedMetadata(build, key, dir, r) {
  return {
    schema: SCHEMA,
    key,
    dir,
    buildKey: build.key,
    implementation: build.implementation ?? "cpython",
    version: r.version,
    build: build.build,
    platform: build.platform,
    variant: build.variant,
    flavor: build.flavor,
    pythonExe: r.pythonExe,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    source: {
      url: r.url,
      assetName: build.assetName,
      sha256: r.sha256,
      bytes: r.bytes,
      checksumSource: r.checksumSource
    },
    origin: { kind: "installed" }
  };
}
var import_async_fs7, import_node_path8, import_platform2, import_python_layout2, import_probe3, import_fs7, METADATA_FILE, SCHEMA, NAME;
var init_metadata = __esm({
  "src/core/instances/metadata.ts"() {
    "use strict";
    import_async_fs7 = __toESM(require_async_fs(), 1);
    import_node_path8 = __toESM(require("node:path"), 1);
    import_platform2 = __toESM(require_platform(), 1);
    import_python_layout2 = __toESM(require_python_layout(), 1);
    import_probe3 = __toESM(require_probe(), 1);
    import_fs7 = __toESM(require_fs2(), 1);
    METADATA_FILE = "instance.json";
    SCHEMA = 1;
    NAME = /^(cpython|pypy|graalpy)-(\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?)-(.+?)(?:\+(freethreaded\+debug|freethreaded|debug))?-(\d[A-Za-z0-9._]*)$/;
  }
});

// from-run-file:src/core/catalog/asset-name.ts
var require_asset_name = __commonJS({
  "from-run-file:src/core/catalog/asset-name.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/catalog/asset-name.ts"]();
  }
});

// src/core/instances/local-archive.ts
async function localArchiveBuild(archivePath, sha256) {
  const file = import_node_path9.default.resolve(archivePath);
  const assetName = decodeURIComponent(import_node_path9.default.basename(file));
  const p = (0, import_asset_name.parseAssetName)(assetName);
  if (!p) {
    throw new import_errors8.PythonInstallationError(`Cannot tell which Python build ${assetName} is.`, {
      requested: file,
      hint: "Keep the python-build-standalone asset name (e.g. cpython-3.12.5+20240814-x86_64-unknown-linux-gnu-install_only.tar.gz)."
    });
  }
  if (!(await import_async_fs8.fs.stat(file).catch(() => void 0))?.isFile()) {
    throw new import_errors8.PythonInstallationError(`No archive at ${file}.`, { requested: file });
  }
  let sum = sha256;
  if (!sum) {
    const side = await import_async_fs8.fs.readFile(`${file}.sha256`, "utf8").catch(() => void 0);
    sum = side ? /^[0-9a-fA-F]{64}/.exec(side.trim())?.[0] : void 0;
  }
  if (!sum) {
    const sums = await import_async_fs8.fs.readFile(import_node_path9.default.join(import_node_path9.default.dirname(file), "SHA256SUMS"), "utf8").catch(() => void 0);
    sum = sums ? (0, import_mirror2.parseSha256Sums)(sums).get(assetName) : void 0;
  }
  const plat = p.platform;
  const platKey = `${plat.os}-${plat.arch}${plat.archVariant ? `_${plat.archVariant}` : ""}-${plat.libc}`;
  return {
    key: `cpython-${p.version}${p.variant ? `+${p.variant}` : ""}-${platKey}`,
    version: p.version,
    major: p.major,
    minor: p.minor,
    patch: p.patch,
    prerelease: p.prerelease,
    variant: p.variant,
    platform: plat,
    build: p.build,
    flavor: p.flavor,
    format: p.format,
    assetName,
    url: (0, import_node_url2.pathToFileURL)(file).href,
    sha256: sum?.toLowerCase()
  };
}
var import_async_fs8, import_node_path9, import_node_url2, import_asset_name, import_errors8, import_mirror2;
var init_local_archive = __esm({
  "src/core/instances/local-archive.ts"() {
    "use strict";
    import_async_fs8 = __toESM(require_async_fs(), 1);
    import_node_path9 = __toESM(require("node:path"), 1);
    import_node_url2 = require("node:url");
    import_asset_name = __toESM(require_asset_name(), 1);
    import_errors8 = __toESM(require_errors(), 1);
    import_mirror2 = __toESM(require_mirror(), 1);
  }
});

// src/core/instances/disk.ts
async function freeSpaceMB(dir) {
  while (!await (0, import_fs8.exists)(dir) && import_node_path10.default.dirname(dir) !== dir) dir = import_node_path10.default.dirname(dir);
  const s = await import_async_fs9.fs.statfs(dir);
  return s.bavail * s.bsize / (1024 * 1024);
}
async function removeInstanceTree(root, dir) {
  const trash = import_node_path10.default.join(root, `.trash-${import_node_path10.default.basename(dir)}-${process.pid}-${Date.now()}`);
  await (0, import_fs8.renameWithRetry)(dir, trash);
  await import_async_fs9.fs.rm(trash, { recursive: true, force: true });
}
async function dirSize(dir) {
  let total = 0;
  const seen = /* @__PURE__ */ new Set();
  const walk3 = async (d) => {
    for (const e of await import_async_fs9.fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = import_node_path10.default.join(d, e.name);
      if (e.isDirectory()) await walk3(p);
      else if (e.isFile()) {
        const st = await import_async_fs9.fs.lstat(p);
        const id = `${st.dev}:${st.ino}`;
        if (st.nlink > 1 && seen.has(id)) continue;
        seen.add(id);
        total += st.size;
      }
    }
  };
  await walk3(dir);
  return total;
}
var import_async_fs9, import_node_path10, import_fs8;
var init_disk2 = __esm({
  "src/core/instances/disk.ts"() {
    "use strict";
    import_async_fs9 = __toESM(require_async_fs(), 1);
    import_node_path10 = __toESM(require("node:path"), 1);
    import_fs8 = __toESM(require_fs2(), 1);
  }
});

// from-run-file:src/core/instances/naming.ts
var require_naming = __commonJS({
  "from-run-file:src/core/instances/naming.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/instances/naming.ts"]();
  }
});

// from-run-file:src/core/venvs/relocate.ts
var require_relocate = __commonJS({
  "from-run-file:src/core/venvs/relocate.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/venvs/relocate.ts"]();
  }
});

// src/core/instances/relocate.ts
async function relocateInstanceVenvs(instanceDir, pythonPath, oldInstanceDir, log) {
  const venvs = import_node_path11.default.join(instanceDir, "venvs");
  for (const e of await import_async_fs10.fs.readdir(venvs, { withFileTypes: true }).catch(() => [])) {
    if (!e.isDirectory() || e.name === import_layout3.META_DIR || e.name.startsWith(".")) continue;
    const to = import_node_path11.default.join(venvs, e.name);
    const from = await (0, import_relocate.recordedVenvPath)(to) ?? (oldInstanceDir ? import_node_path11.default.join(oldInstanceDir, "venvs", e.name) : void 0);
    if (!from) {
      log.warn(`venv ${e.name}: cannot tell where it used to live; only its interpreter link is re-pointed`);
    }
    try {
      await (0, import_relocate.relocateVenv)(to, { from: from ?? to, to, basePython: pythonPath });
    } catch (err2) {
      log.warn(`venv ${e.name}: could not re-point it (${err2 instanceof Error ? err2.message : String(err2)})`);
    }
  }
}
var import_async_fs10, import_node_path11, import_layout3, import_relocate;
var init_relocate = __esm({
  "src/core/instances/relocate.ts"() {
    "use strict";
    import_async_fs10 = __toESM(require_async_fs(), 1);
    import_node_path11 = __toESM(require("node:path"), 1);
    import_layout3 = __toESM(require_layout(), 1);
    import_relocate = __toESM(require_relocate(), 1);
  }
});

// src/core/instances/import.ts
async function importExported(archivePath, o) {
  await import_async_fs11.fs.mkdir(o.root, { recursive: true });
  const staging = await import_async_fs11.fs.mkdtemp(import_node_path12.default.join(o.root, ".import-"));
  try {
    const { extractArchive: extractArchive2 } = await Promise.resolve().then(() => (init_extract(), extract_exports));
    await extractArchive2(import_node_path12.default.resolve(archivePath), import_node_path12.default.join(staging, "x"), {
      ...o.archiveLimits,
      signal: o.signal
    });
    const top = await findExportedInstance(import_node_path12.default.join(staging, "x"));
    if (!top) {
      throw new import_errors9.PythonInstallationError(
        `${archivePath} is not an exported instance (no <name>/python/ inside).`,
        {
          requested: archivePath,
          hint: "Use an archive written by exportInstance / `pyembed export`. For a PBS archive use installArchive."
        }
      );
    }
    const stored = await readStoredMetadata(top);
    const key = import_node_path12.default.basename(top);
    const dir = o.dirOf(key);
    const oldDir = stored?.dir;
    return await (0, import_lock.withLock)(o.lockPath(key), async () => {
      if (await (0, import_fs9.exists)(dir)) {
        if (!o.overwrite) {
          throw new import_errors9.PythonInstallationError(`${key} already exists under ${o.root}.`, {
            requested: key,
            hint: "Delete it first or import with overwrite."
          });
        }
        await removeInstanceTree(o.root, dir);
      }
      await (0, import_fs9.renameWithRetry)(top, dir);
      const meta = await readStoredMetadata(dir) ?? await rebuildInstanceMetadata(dir, o.log);
      if (!meta)
        throw new import_errors9.PythonInstallationError(`${key}: no runnable interpreter in the imported archive.`, {
          requested: archivePath
        });
      const probe2 = await (0, import_probe4.probeInterpreter)(import_node_path12.default.join(dir, "python", ...meta.pythonExe.split("/"))).catch(
        async (e) => {
          await import_async_fs11.fs.rm(dir, { recursive: true, force: true });
          throw e;
        }
      );
      const updated = {
        ...meta,
        dir,
        version: probe2.version,
        origin: { kind: "imported", from: import_node_path12.default.resolve(archivePath) }
      };
      await writeInstanceMetadata(dir, updated);
      await relocateInstanceVenvs(dir, import_node_path12.default.join(dir, "python", ...meta.pythonExe.split("/")), oldDir, o.log);
      return { dir, meta: updated };
    });
  } finally {
    await import_async_fs11.fs.rm(staging, { recursive: true, force: true });
  }
}
async function findExportedInstance(root) {
  const names = await import_async_fs11.fs.readdir(root);
  for (const n of names) {
    if (import_naming.INSTANCE_NAME_SAFE.test(n) && await (0, import_fs9.exists)(import_node_path12.default.join(root, n, "python"))) return import_node_path12.default.join(root, n);
  }
  return void 0;
}
var import_async_fs11, import_node_path12, import_errors9, import_fs9, import_lock, import_probe4, import_naming;
var init_import = __esm({
  "src/core/instances/import.ts"() {
    "use strict";
    import_async_fs11 = __toESM(require_async_fs(), 1);
    import_node_path12 = __toESM(require("node:path"), 1);
    import_errors9 = __toESM(require_errors(), 1);
    import_fs9 = __toESM(require_fs2(), 1);
    import_lock = __toESM(require_lock(), 1);
    import_probe4 = __toESM(require_probe(), 1);
    init_disk2();
    init_metadata();
    import_naming = __toESM(require_naming(), 1);
    init_relocate();
  }
});

// src/core/instances/load.ts
function instanceOf(dir, m) {
  const pythonDir = import_node_path13.default.join(dir, "python");
  return {
    key: m.key,
    buildKey: m.buildKey,
    dir,
    pythonDir,
    pythonPath: import_node_path13.default.join(pythonDir, ...m.pythonExe.split("/")),
    venvsDir: import_node_path13.default.join(dir, "venvs"),
    version: m.version,
    implementation: m.implementation ?? "cpython",
    build: m.build,
    platform: m.platform,
    variant: m.variant,
    flavor: m.flavor,
    createdAt: m.createdAt,
    source: m.source,
    metadataRebuilt: !!m.rebuilt
  };
}
async function loadInstance(dir, log) {
  const pythonDir = import_node_path13.default.join(dir, "python");
  const st = await import_async_fs12.fs.stat(pythonDir).catch(() => void 0);
  if (!st?.isDirectory()) return void 0;
  const stored = await readStoredMetadata(dir);
  if (stored && await import_async_fs12.fs.stat(import_node_path13.default.join(pythonDir, ...stored.pythonExe.split("/"))).catch(() => void 0)) {
    return instanceOf(dir, stored);
  }
  const rebuilt = await rebuildInstanceMetadata(dir, log);
  return rebuilt ? instanceOf(dir, rebuilt) : void 0;
}
var import_async_fs12, import_node_path13;
var init_load = __esm({
  "src/core/instances/load.ts"() {
    "use strict";
    import_async_fs12 = __toESM(require_async_fs(), 1);
    import_node_path13 = __toESM(require("node:path"), 1);
    init_metadata();
  }
});

// from-run-file:src/core/versions/match.ts
var require_match = __commonJS({
  "from-run-file:src/core/versions/match.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/versions/match.ts"]();
  }
});

// src/core/instances/select.ts
function instanceMatches(i, req, o) {
  if (i.implementation !== req.implementation) return false;
  const v = (0, import_version.parseVersion)(i.version);
  if (!v || !(0, import_match.versionMatches)(req.version, v)) return false;
  if ((i.variant ?? void 0) !== (0, import_spec.buildVariantOf)(req.variant)) return false;
  if (o.build && i.build !== o.build) return false;
  const rp = req.platform;
  if (rp && (rp.os && rp.os !== i.platform.os || rp.arch && rp.arch !== i.platform.arch || rp.libc && rp.libc !== i.platform.libc))
    return false;
  const plat = o.platform;
  return !plat || plat.os === i.platform.os && plat.arch === i.platform.arch && plat.libc === i.platform.libc;
}
var import_spec, import_match, import_version;
var init_select = __esm({
  "src/core/instances/select.ts"() {
    "use strict";
    import_spec = __toESM(require_spec(), 1);
    import_match = __toESM(require_match(), 1);
    import_version = __toESM(require_version(), 1);
  }
});

// src/core/instances/integrity.ts
async function checkIntegrity(inst) {
  const problems = [];
  const stored = await readStoredMetadata(inst.dir);
  if (!stored) problems.push(`${METADATA_FILE} missing or unreadable`);
  const parsed = parseInstanceName(inst.key);
  if (parsed && (parsed.version !== inst.version || parsed.build !== inst.build))
    problems.push(`metadata (${inst.version}, ${inst.build}) disagrees with the directory name`);
  const exe = (0, import_python_layout3.findInterpreter)(inst.pythonDir);
  if (!exe) problems.push("no interpreter in python/");
  let version;
  if (exe) {
    try {
      const probe2 = await (0, import_probe5.probeInterpreter)(inst.pythonPath);
      version = probe2.version;
      if (probe2.version !== inst.version)
        problems.push(`interpreter reports ${probe2.version}, metadata says ${inst.version}`);
      const ft = inst.variant?.includes("freethreaded") ?? false;
      if (probe2.freethreaded !== ft)
        problems.push(`interpreter is ${probe2.freethreaded ? "" : "not "}free-threaded`);
    } catch (e) {
      problems.push(`interpreter does not run: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const mm = /^(\d+)\.(\d+)/.exec(inst.version);
  if (mm && inst.platform.os !== "windows") {
    const lib = import_node_path14.default.join(inst.pythonDir, "lib");
    const names = await import_async_fs13.fs.readdir(lib).catch(() => []);
    const stdlib = names.find((n) => n === `python${mm[1]}.${mm[2]}` || n === `python${mm[1]}.${mm[2]}t`);
    if (!stdlib || !await (0, import_fs10.exists)(import_node_path14.default.join(lib, stdlib, "os.py")))
      problems.push("standard library (lib/python3.X/os.py) missing");
  } else if (inst.platform.os === "windows" && !await (0, import_fs10.exists)(import_node_path14.default.join(inst.pythonDir, "Lib", "os.py"))) {
    problems.push("standard library (Lib/os.py) missing");
  }
  return { ok: problems.length === 0, key: inst.key, problems, version };
}
var import_async_fs13, import_node_path14, import_fs10, import_python_layout3, import_probe5;
var init_integrity = __esm({
  "src/core/instances/integrity.ts"() {
    "use strict";
    import_async_fs13 = __toESM(require_async_fs(), 1);
    import_node_path14 = __toESM(require("node:path"), 1);
    import_fs10 = __toESM(require_fs2(), 1);
    import_python_layout3 = __toESM(require_python_layout(), 1);
    import_probe5 = __toESM(require_probe(), 1);
    init_metadata();
  }
});

// from-run-file:src/core/text.ts
var require_text = __commonJS({
  "from-run-file:src/core/text.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/text.ts"]();
  }
});

// src/core/instances/manager.ts
var import_async_fs14, import_node_path15, import_catalog, import_options, import_errors10, import_log3, import_platform3, import_spec2, import_version2, import_fs11, import_lock2, import_naming2, import_text, host, hostOnce, PythonManager;
var init_manager = __esm({
  "src/core/instances/manager.ts"() {
    "use strict";
    import_async_fs14 = __toESM(require_async_fs(), 1);
    import_node_path15 = __toESM(require("node:path"), 1);
    import_catalog = __toESM(require_catalog(), 1);
    init_library();
    import_options = __toESM(require_options(), 1);
    import_errors10 = __toESM(require_errors(), 1);
    import_log3 = __toESM(require_log(), 1);
    import_platform3 = __toESM(require_platform(), 1);
    import_spec2 = __toESM(require_spec(), 1);
    import_version2 = __toESM(require_version(), 1);
    import_fs11 = __toESM(require_fs2(), 1);
    init_install();
    import_lock2 = __toESM(require_lock(), 1);
    init_archive();
    init_metadata();
    init_local_archive();
    init_import();
    init_load();
    init_select();
    import_naming2 = __toESM(require_naming(), 1);
    init_disk2();
    init_integrity();
    import_text = __toESM(require_text(), 1);
    init_disk2();
    hostOnce = () => host ??= (0, import_platform3.hostPlatform)();
    PythonManager = class {
      constructor(o = {}) {
        this.o = o;
        this.root = import_node_path15.default.resolve(o.root ?? process.env.PYEMBED_ROOT ?? (0, import_options.defaultRoot)());
        this.log = o.logger ?? import_log3.silentLogger;
      }
      o;
      root;
      log;
      catalogPromise;
      get catalog() {
        this.catalogPromise ??= this.o.catalog ?? (0, import_catalog.createCatalog)({ logger: this.log, token: this.o.token });
        return this.catalogPromise;
      }
      /** `<root>/<key>` after checking the key is one plain directory name inside the root. */
      dirOf(key) {
        const dir = import_node_path15.default.resolve(this.root, key);
        if (!import_naming2.INSTANCE_NAME_SAFE.test(key) || import_node_path15.default.dirname(dir) !== this.root) {
          throw new import_errors10.InstanceNotFoundError(`"${key}" is not an instance name under ${this.root}.`, {
            requested: key,
            hint: "Instance names look like cpython-3.12.5-linux-x86_64-gnu-20240814 (see `pyembed list`)."
          });
        }
        return dir;
      }
      lockPath(key) {
        return import_node_path15.default.join(this.root, ".locks", `${key}.lock`);
      }
      // ---- install -------------------------------------------------------------------------------
      /** Resolves `spec` with the catalogue and returns the instance, installing it when absent. */
      async getOrCreateInstance(spec = "3.12", o = {}) {
        const build = await this.catalog.resolve(spec, {
          platform: o.platform,
          build: o.build,
          flavor: o.flavor,
          freethreaded: o.freethreaded,
          checkLatest: o.checkLatest
        });
        return (await this.installBuild(build, o)).instance;
      }
      /** Like getOrCreateInstance, then checks the instance really works (PythonNotInstalledError if not). */
      async ensurePythonVersion(spec, o = {}) {
        const inst = await this.getOrCreateInstance(spec, o);
        const report = await this.validateIntegrity(inst.key);
        if (!report.ok) {
          throw new import_errors10.PythonNotInstalledError(
            `Python ${spec} (${inst.key}) is installed but broken: ${report.problems.join("; ")}.`,
            {
              requested: spec,
              problems: report.problems,
              hint: `Remove it (pyembed remove ${inst.key}) and install again.`
            }
          );
        }
        return inst;
      }
      /** Installs one resolved build as an instance (one download even when called concurrently). */
      async installBuild(build, o = {}) {
        const key = instanceName(build);
        const dir = this.dirOf(key);
        const existing = await this.load(dir);
        if (existing) {
          await (0, import_lock2.clearStaleLock)(this.lockPath(key), this.o.lockStaleMs).catch(() => void 0);
          return { instance: existing, downloaded: false };
        }
        if (this.o.offline && !o.archivePath && !(this.o.mirror && !/^https?:/i.test(this.o.mirror))) {
          throw new import_errors10.PythonInstallationError(`${key} is not installed and offline mode forbids downloading it.`, {
            requested: key,
            hint: "Give a local mirror directory (--mirror <dir>) or an archive (pyembed import / installArchive), or go online."
          });
        }
        return this.typed(key, () => this.lockedInstall(build, key, dir, o));
      }
      /** File-system failures (read-only root, full disk...) as a typed error naming the cause. */
      async typed(key, fn) {
        try {
          return await fn();
        } catch (e) {
          if ((0, import_errors10.isPythonEmbeddedError)(e) || e?.name === "AbortError") throw e;
          throw new import_errors10.PythonInstallationError(`Cannot install ${key} under ${this.root}: ${(0, import_fs11.fsErrorText)(e)}`, {
            requested: key,
            hint: "Check that the root directory is writable and has room (PYEMBED_ROOT / --root)."
          });
        }
      }
      lockedInstall(build, key, dir, o) {
        return (0, import_lock2.withLock)(
          this.lockPath(key),
          async () => {
            const done = await this.load(dir);
            if (done) return { instance: done, downloaded: false };
            const pythonDir = import_node_path15.default.join(dir, "python");
            await cleanStaging(pythonDir, this.log);
            await import_async_fs14.fs.mkdir(dir, { recursive: true });
            this.log.info(`Installing ${build.key} (${build.build}) into ${dir}`);
            const r = await installBuild(build, pythonDir, {
              mirror: this.o.mirror,
              archivePath: o.archivePath,
              token: this.o.token,
              allowMissingChecksum: this.o.allowMissingChecksum,
              retries: this.o.retries,
              timeoutMs: this.o.timeoutMs,
              backoffMs: this.o.backoffMs,
              ca: this.o.ca,
              archiveLimits: this.o.archiveLimits,
              logger: this.log,
              signal: o.signal,
              onProgress: o.onProgress
            }).catch(async (e) => {
              await import_async_fs14.fs.rmdir(dir).catch(() => {
              });
              throw e;
            });
            const meta = installedMetadata(build, key, dir, r);
            await writeInstanceMetadata(dir, meta);
            return { instance: this.toInstance(dir, meta), downloaded: r.downloaded };
          },
          {
            staleMs: this.o.lockStaleMs,
            signal: o.signal,
            onWait: (h) => this.log.info(`Waiting for another install of ${key} (pid ${h?.pid ?? "?"})...`)
          }
        );
      }
      /**
       * Offline install from a local PBS archive: the build is read from the PBS asset name; the checksum from
       * `sha256` or a `<archive>.sha256` / `SHA256SUMS` file beside it, when there is one.
       */
      async installArchive(archivePath, o = {}) {
        const build = await localArchiveBuild(archivePath, o.sha256);
        return (await this.installBuild(build, { ...o, archivePath })).instance;
      }
      // ---- lookup --------------------------------------------------------------------------------
      toInstance(dir, m) {
        return instanceOf(dir, m);
      }
      /** The instance in `dir` when its python/ is complete; metadata rebuilt if needed. */
      load(dir) {
        return loadInstance(dir, this.log);
      }
      /** All instances under the root, newest version (then build) first. */
      async listInstances() {
        const names = await import_async_fs14.fs.readdir(this.root).catch(() => []);
        const out = [];
        for (const name of names) {
          if (!import_naming2.INSTANCE_NAME_SAFE.test(name)) continue;
          const inst = await this.load(import_node_path15.default.join(this.root, name));
          if (inst) out.push(inst);
        }
        return out.sort(
          (a, b) => (0, import_version2.compareVersionText)(b.version, a.version) || (0, import_text.compareText)(b.build, a.build) || (0, import_text.compareText)(a.key, b.key)
        );
      }
      /**
       * The installed instance for an instance key, a uv build key or a spec (`3.12`, `>=3.11`, `3.13t`),
       * newest match first; undefined when nothing installed matches (no download, no catalogue).
       */
      async getInstance(keyOrSpec = "3.12", o = {}) {
        const text2 = keyOrSpec.trim();
        if (/[\\/]/.test(text2) || text2.startsWith(".")) this.dirOf(text2);
        if (import_naming2.INSTANCE_NAME_SAFE.test(text2) && parseInstanceName(text2)) {
          return this.load(this.dirOf(text2));
        }
        const all = await this.listInstances();
        const byBuildKey = all.filter(
          (i) => i.buildKey === text2.toLowerCase() && (!o.build || i.build === o.build)
        );
        if (byBuildKey.length) return byBuildKey[0];
        const req = (0, import_spec2.parsePythonRequest)(text2);
        const plat = o.platform ?? (req.platform ? void 0 : hostOnce());
        const matches = all.filter((i) => instanceMatches(i, req, { build: o.build, platform: plat }));
        const stable = matches.filter((i) => !(0, import_version2.parseVersion)(i.version)?.pre);
        return ((0, import_spec2.requestAllowsPrereleases)(req) || stable.length === 0 ? matches : stable)[0];
      }
      async require(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        if (!inst) {
          throw new import_errors10.InstanceNotFoundError(`No installed Python matches ${keyOrSpec} under ${this.root}.`, {
            requested: keyOrSpec,
            available: (await this.listInstances()).map((i) => i.key),
            hint: `Install it first (pyembed install ${keyOrSpec}).`
          });
        }
        return inst;
      }
      async getInstanceInfo(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        return inst ? { ...inst, sizeBytes: await dirSize(inst.dir) } : void 0;
      }
      /** Bytes on disk of one instance (python + venvs + metadata); 0 when not installed. */
      async getInstanceSize(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        return inst ? dirSize(inst.dir) : 0;
      }
      async getTotalDiskUsage() {
        let total = 0;
        for (const i of await this.listInstances()) total += await dirSize(i.dir);
        return total;
      }
      // ---- maintenance ---------------------------------------------------------------------------
      /** Deletes one instance (and its venvs). False when it is not installed; refuses anything outside the root. */
      async deleteInstance(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        if (!inst) return false;
        const dir = this.dirOf(inst.key);
        if (import_node_path15.default.resolve(inst.dir) !== dir) {
          throw new import_errors10.PythonInstallationError(
            `Refusing to delete ${inst.dir}: it is not directly under ${this.root}.`,
            { requested: inst.dir }
          );
        }
        await (0, import_lock2.withLock)(this.lockPath(inst.key), () => removeInstanceTree(this.root, dir));
        return true;
      }
      /** Interpreter runs and reports the recorded version; files present; metadata consistent with the name. */
      async validateIntegrity(keyOrSpec, o = {}) {
        const inst = await this.getInstance(keyOrSpec, o);
        return inst ? checkIntegrity(inst) : { ok: false, key: keyOrSpec, problems: ["not installed"] };
      }
      /** True when the root's filesystem has at least `requiredMB` free. */
      async checkDiskSpace(requiredMB) {
        return await this.availableDiskSpaceMB() >= requiredMB;
      }
      async availableDiskSpaceMB() {
        return freeSpaceMB(this.root);
      }
      // ---- catalogue questions: the contract of catalog/library.ts, asked of this manager's catalogue ----
      /**
       * The newest build matching `spec` (not installed by this call). Throws InvalidPythonVersionError when
       * the spec is malformed or nothing matches, and the source's DownloadError/RateLimitError when it
       * cannot be read: see catalog/library.ts.
       */
      findBestMatchingVersion(spec, o = {}) {
        return findBestMatchingVersion(spec, { ...o, catalog: this.catalog });
      }
      /** The newest stable CPython build (`latest`); throws like `findBestMatchingVersion`. */
      getLatestPythonVersion(o = {}) {
        return getLatestPythonVersion({ ...o, catalog: this.catalog });
      }
      /** The builds available, newest first (one per version unless `o.all`); `build` pins one PBS release. */
      listAvailableVersions(build, o = {}) {
        return listAvailableVersions(build, { ...o, catalog: this.catalog });
      }
      // ---- export / import -----------------------------------------------------------------------
      /** Writes the instance (python/, venvs/, instance.json) to `.tar.gz`, `.tar.zst` or `.zip`; returns the path. */
      async exportInstance(keyOrSpec, outPath, o = {}) {
        const inst = await this.require(keyOrSpec, o);
        const out = import_node_path15.default.resolve(outPath);
        await packDirectory(inst.dir, out, { topName: inst.key, logger: this.log });
        this.log.info(`Exported ${inst.key} to ${out}`);
        return out;
      }
      /**
       * Imports an exported instance (same safety rules as any extraction: no `..`, absolute paths or escaping
       * links). The interpreter is run at its new place before the instance is registered; venvs are re-pointed.
       */
      async importInstance(archivePath, o = {}) {
        const { dir, meta } = await importExported(archivePath, {
          root: this.root,
          dirOf: (key) => this.dirOf(key),
          lockPath: (key) => this.lockPath(key),
          archiveLimits: this.o.archiveLimits,
          log: this.log,
          ...o
        });
        return this.toInstance(dir, meta);
      }
    };
  }
});

// src/core/instances/index.ts
var instances_exports = {};
__export(instances_exports, {
  METADATA_FILE: () => METADATA_FILE,
  PythonManager: () => PythonManager,
  dirSize: () => dirSize,
  instanceName: () => instanceName,
  localArchiveBuild: () => localArchiveBuild,
  packDirectory: () => packDirectory,
  parseInstanceName: () => parseInstanceName
});
var init_instances = __esm({
  "src/core/instances/index.ts"() {
    "use strict";
    init_manager();
    init_metadata();
    init_archive();
    init_local_archive();
  }
});

// src/action/import-step.ts
var import_step_exports = {};
__export(import_step_exports, {
  checkImportInputs: () => checkImportInputs,
  reportImport: () => reportImport,
  runImport: () => runImport
});
function checkImportInputs(inputs) {
  for (const [field, name] of NOT_WITH_IMPORT) {
    const v = inputs[field];
    if (Array.isArray(v) ? v.length : v) {
      throw new import_errors11.ConfigurationError(`Input "${name}" cannot be used with "import".`, {
        key: name,
        source: `input ${name}`,
        requested: `import=${inputs.import}, ${name}=${String(v)}`,
        hint: 'An import restores an exported Python and its venvs as they were, with no network: install packages before exporting, or drop "import".'
      });
    }
  }
}
async function pickVenv(venvsDir, wanted, isDefault) {
  const names = (await import_async_fs15.fs.readdir(venvsDir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);
  if (names.includes(wanted)) return import_node_path16.default.join(venvsDir, wanted);
  if (isDefault && names.length === 1) return import_node_path16.default.join(venvsDir, names[0]);
  return void 0;
}
async function stdlibVenv(python, dir) {
  if (await import_async_fs15.fs.stat((0, import_layout4.venvPython)(dir)).catch(() => void 0)) return dir;
  info(`The archive holds no venv named ${import_node_path16.default.basename(dir)}: creating an empty one at ${dir}`);
  await (0, import_builtins7.execFileAsync)(python, ["-m", "venv", "--without-pip", dir]);
  return dir;
}
async function importedVenv(inst, wanted) {
  const archived = await pickVenv(inst.venvsDir, import_node_path16.default.basename(wanted), wanted.endsWith(`${import_node_path16.default.sep}.venv`));
  const dir = archived ?? await stdlibVenv(inst.pythonPath, wanted);
  return { path: dir, binDir: (0, import_layout4.venvBinDir)(dir), pythonPath: (0, import_layout4.venvPython)(dir) };
}
async function runImport(inputs, options) {
  const archive = inputs.import;
  if (!(await import_async_fs15.fs.stat(archive).catch(() => void 0))?.isFile()) {
    throw new import_errors11.ConfigurationError(`Input "import": ${archive} is not a file.`, {
      key: "import",
      source: "input import",
      requested: archive,
      hint: "Point it at the archive written by export (download the artifact first, e.g. with actions/download-artifact)."
    });
  }
  info(`Importing ${archive} (no network)`);
  const { PythonManager: PythonManager2 } = await Promise.resolve().then(() => (init_instances(), instances_exports));
  const manager = new PythonManager2({ root: options.root, logger: import_logger.actionsLogger });
  const inst = await manager.importInstance(archive, { overwrite: true });
  const venv = inputs.venv === false ? void 0 : await importedVenv(inst, inputs.venv);
  info(
    `Imported Python ${inst.version} (${inst.key}) at ${inst.pythonDir}${venv ? `; venv ${venv.path}` : ""}`
  );
  return {
    version: inst.version,
    build: inst.build,
    key: inst.buildKey,
    pythonDir: inst.pythonDir,
    pythonPath: inst.pythonPath,
    venv
  };
}
function reportImport(r, updateEnvironment) {
  (0, import_file_commands.setOutput)("python-version", r.version);
  (0, import_file_commands.setOutput)("python-path", r.venv?.pythonPath ?? r.pythonPath);
  (0, import_file_commands.setOutput)("python-build", r.build);
  (0, import_file_commands.setOutput)("python-cache-hit", true);
  (0, import_file_commands.setOutput)("venv-path", r.venv?.path ?? "");
  (0, import_file_commands.setOutput)("cache-hit", false);
  if (!updateEnvironment) return;
  (0, import_file_commands.exportVariable)("pythonLocation", r.pythonDir);
  (0, import_file_commands.exportVariable)("Python_ROOT_DIR", r.pythonDir);
  (0, import_file_commands.exportVariable)("Python3_ROOT_DIR", r.pythonDir);
  addPath(import_node_path16.default.dirname(r.pythonPath));
  (0, import_file_commands.exportVariable)("UV_PYTHON", r.venv?.pythonPath ?? r.pythonPath);
  if (r.venv) {
    (0, import_file_commands.exportVariable)("VIRTUAL_ENV", r.venv.path);
    addPath(r.venv.binDir);
  }
}
var import_async_fs15, import_node_path16, import_errors11, import_layout4, import_logger, import_builtins7, import_file_commands, NOT_WITH_IMPORT;
var init_import_step = __esm({
  "src/action/import-step.ts"() {
    "use strict";
    init_core();
    import_async_fs15 = __toESM(require_async_fs(), 1);
    import_node_path16 = __toESM(require("node:path"), 1);
    import_errors11 = __toESM(require_errors(), 1);
    import_layout4 = __toESM(require_layout(), 1);
    import_logger = __toESM(require_logger(), 1);
    import_builtins7 = __toESM(require_builtins(), 1);
    import_file_commands = __toESM(require_file_commands(), 1);
    NOT_WITH_IMPORT = [
      ["requirements", "requirements"],
      ["constraints", "constraints"],
      ["pyproject", "pyproject"],
      ["export", "export"]
    ];
  }
});

// src/core/session/errors.ts
function short(text2, max = 80) {
  const one = text2.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}
function sessionError(message, details, hint) {
  return new import_errors12.PythonExecutionError(message, { requested: void 0, ...details, hint });
}
function closedError(label) {
  return sessionError(
    `${label}: the Python session is closed.`,
    { kind: "closed" },
    "Start a new PythonSession."
  );
}
function abortError(label, signal) {
  return new import_errors12.PythonExecutionError(
    `${label} was aborted.`,
    { kind: "aborted", aborted: true, hint: "The AbortSignal passed to the call fired." },
    { cause: signal.reason }
  );
}
function callError(job, err2) {
  const type = err2.data?.type ?? "Error";
  const traceback = err2.data?.traceback ?? "";
  const kind = err2.data?.kind ?? "exception";
  if (job.interrupted === "close" && type === "KeyboardInterrupt") return closedError(job.label);
  if (job.interrupted && type === "KeyboardInterrupt") {
    const why = job.interrupted === "timeout" ? `timed out after ${job.timeoutMs} ms` : "was aborted";
    return new import_errors12.PythonExecutionError(
      `${job.label} ${why} and was interrupted (KeyboardInterrupt); the session and its state are kept.`,
      {
        type,
        message: err2.message,
        traceback,
        kind: job.interrupted === "timeout" ? "timeout" : "aborted",
        timedOut: job.interrupted === "timeout",
        aborted: job.interrupted === "abort",
        stateLost: false,
        hint: "Anything the call changed before the interrupt stays changed."
      },
      job.interrupted === "abort" ? { cause: job.signal?.reason } : void 0
    );
  }
  const message = kind === "serialization" ? err2.message : `${type}: ${err2.message}`;
  return new import_errors12.PythonExecutionError(`${job.label} failed: ${message}`, {
    requested: job.label,
    type,
    message: err2.message,
    traceback,
    kind,
    hint: kind === "serialization" ? "Only JSON values cross the session boundary." : "See the Python traceback."
  });
}
var import_errors12;
var init_errors = __esm({
  "src/core/session/errors.ts"() {
    "use strict";
    import_errors12 = __toESM(require_errors(), 1);
  }
});

// from-run-file:src/core/exec/env.ts
var require_env = __commonJS({
  "from-run-file:src/core/exec/env.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/exec/env.ts"]();
  }
});

// from-run-file:src/core/host.ts
var require_host = __commonJS({
  "from-run-file:src/core/host.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/host.ts"]();
  }
});

// from-run-file:src/core/exec/kill-tree.ts
var require_kill_tree = __commonJS({
  "from-run-file:src/core/exec/kill-tree.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/exec/kill-tree.ts"]();
  }
});

// from-run-file:src/core/exec/limits.ts
var require_limits = __commonJS({
  "from-run-file:src/core/exec/limits.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/exec/limits.ts"]();
  }
});

// from-run-file:src/core/exec/output.ts
var require_output = __commonJS({
  "from-run-file:src/core/exec/output.ts"(exports2, module2) {
    module2.exports = globalThis[/* @__PURE__ */ Symbol.for("python-embedded.main-run")]["src/core/exec/output.ts"]();
  }
});

// src/core/session/worker.ts
var WORKER_SOURCE;
var init_worker = __esm({
  "src/core/session/worker.ts"() {
    "use strict";
    WORKER_SOURCE = String.raw`
def _pyembed_worker():
    import builtins, importlib, io, json, linecache, os, signal, sys, traceback

    g = sys.modules['__main__'].__dict__
    del g['_pyembed_worker']
    req_fd, res_fd, parent = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    intr_fd = int(sys.argv[4]) if len(sys.argv) > 4 else -1
    sys.argv = ['']
    # The protocol fds must not leak into processes the user's code starts (os.system, fork).
    os.set_inheritable(req_fd, False)
    os.set_inheritable(res_fd, False)
    rfile = os.fdopen(req_fd, 'rb', buffering=65536)
    wfile = os.fdopen(res_fd, 'wb', buffering=65536)
    readline, write, flush = rfile.readline, wfile.write, wfile.flush

    # Die with the parent even in the middle of a long call (Linux); idle workers see EOF anyway.
    if sys.platform.startswith('linux'):
        try:
            import ctypes
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:
            pass
        if os.getppid() != parent:
            os._exit(0)

    # stdout/stderr count the bytes they write: each response carries the totals, so the parent
    # hands a call's printed lines to its handlers before it resolves the call (two pipes, no order).
    # Line-buffered, so lines also arrive while a long call still runs.
    class Counted(io.RawIOBase):
        def __init__(self, fd):
            self.fd = fd
            self.n = 0

        def writable(self):
            return True

        def fileno(self):
            return self.fd

        def write(self, b):
            n = os.write(self.fd, b)
            self.n += n
            return n

    counted = []
    originals = (sys.stdout, sys.stderr)  # kept alive: collecting them would close fds 1 and 2

    def wrap(orig, fd):
        raw = Counted(fd)
        counted.append(raw)
        return io.TextIOWrapper(io.BufferedWriter(raw), encoding=orig.encoding, errors=orig.errors,
                                line_buffering=True)

    sys.stdout = sys.__stdout__ = wrap(originals[0], 1)
    sys.stderr = sys.__stderr__ = wrap(originals[1], 2)
    out_raw, err_raw = counted

    # SIGINT is the parent's per-call timeout: it interrupts user code only, never the protocol.
    # One that lands while the request is being decoded is kept pending for that call.
    busy = [False]
    pending = [False]

    def on_sigint(signum, frame):
        if busy[0]:
            raise KeyboardInterrupt
        pending[0] = True

    signal.signal(signal.SIGINT, on_sigint)

    # Windows: the parent cannot send SIGINT, so each byte on intr_fd raises it in the main thread.
    if intr_fd >= 0:
        import _thread, threading
        os.set_inheritable(intr_fd, False)

        def forward_interrupts():
            while True:
                try:
                    got = os.read(intr_fd, 64)
                except OSError:
                    return
                if not got:
                    return
                _thread.interrupt_main()

        threading.Thread(target=forward_interrupts, name='pyembed-interrupt', daemon=True).start()

    class NotJSON(Exception):
        pass

    def type_name(t):
        m = getattr(t, '__module__', 'builtins')
        return t.__qualname__ if m == 'builtins' else m + '.' + t.__qualname__

    def not_json(o):
        raise NotJSON(type_name(type(o)))

    encode = json.JSONEncoder(ensure_ascii=True, allow_nan=False, separators=(',', ':'), default=not_json).encode
    loads = json.loads

    # Compiled code is cached by source: repeated eval('x+1') skips the compiler. The source is
    # registered in linecache so tracebacks show the offending line.
    caches = {'exec': {}, 'eval': {}}
    counter = [0]

    def compiled(src, mode):
        cache = caches[mode]
        code = cache.get(src)
        if code is None:
            counter[0] += 1
            name = '<session-%d>' % counter[0]
            code = compile(src, name, mode)
            linecache.cache[name] = (len(src), None, src.splitlines(True), name)
            if len(cache) >= 1024:
                cache.clear()
            cache[src] = code
        return code

    def resolve(target):
        parts = target.split('.')
        head = parts[0]
        if head in g:
            obj = g[head]
        elif hasattr(builtins, head):
            obj = getattr(builtins, head)
        else:
            obj = importlib.import_module(head)
        path = head
        for part in parts[1:]:
            path += '.' + part
            try:
                obj = getattr(obj, part)
            except AttributeError:
                # A submodule nobody imported yet (xml.etree, concurrent.futures).
                if not hasattr(obj, '__path__'):
                    raise
                obj = importlib.import_module(path)
        return obj

    def do_import(p):
        name = p['module']
        mod = importlib.import_module(name)
        alias = p.get('as')
        if alias:
            g[alias] = mod
        else:
            top = name.split('.')[0]
            g[top] = sys.modules[top]
        return {
            'name': mod.__name__,
            'file': getattr(mod, '__file__', None),
            'version': str(getattr(mod, '__version__', '')) or None,
        }

    def do_get(p):
        name = p['name']
        if name not in g:
            raise NameError("name '%s' is not defined" % name)
        return g[name]

    def run(method, p):
        if method == 'eval':
            return eval(compiled(p['code'], 'eval'), g)
        if method == 'call':
            args = p.get('args') or ()
            kwargs = p.get('kwargs') or {}
            return resolve(p['target'])(*args, **kwargs)
        if method == 'exec':
            exec(compiled(p['code'], 'exec'), g)
            return None
        if method == 'set':
            g[p['name']] = p.get('value')
            return None
        if method == 'get':
            return do_get(p)
        if method == 'import':
            return do_import(p)
        if method == 'ping':
            return None
        raise ValueError('unknown method %r' % (method,))

    def error(rid, code, message, etype, tb, kind):
        data = {'type': etype, 'traceback': tb, 'kind': kind}
        body = {'code': code, 'message': message, 'data': data}
        return '{"jsonrpc":"2.0","id":%s,"error":%s,"io":[%d,%d]}\n' % (
            encode(rid), encode(body), out_raw.n, err_raw.n)

    own = {'_pyembed_worker', 'run', 'resolve', 'do_import', 'do_get', 'compiled', 'on_sigint'}

    def exception(rid, e):
        # Drop the worker's own frames (this -c program is '<string>'): the user sees only theirs.
        te = traceback.TracebackException(type(e), e, e.__traceback__)
        te.stack = traceback.StackSummary.from_list(
            [f for f in te.stack if not (f.filename == '<string>' and f.name in own)])
        text = ''.join(te.format())
        msg = str(e)
        if isinstance(e, SystemExit):
            msg = 'SystemExit(%r): the session keeps running; use close() to end it' % (e.code,)
        return error(rid, -32000, msg, type_name(type(e)), text, 'exception')

    def result(rid, method, value):
        try:
            return '{"jsonrpc":"2.0","id":%d,"result":%s,"io":[%d,%d]}\n' % (
                rid, encode(value), out_raw.n, err_raw.n)
        except NotJSON as e:
            msg = ('%s() returned a value containing a %s, which JSON cannot carry; keep it in a variable '
                   '(exec) and return a JSON view of it (list(), str(), .tolist(), a dict)') % (method, e.args[0])
            return error(rid, -32001, msg, type_name(type(value)), '', 'serialization')
        except (TypeError, ValueError) as e:
            msg = '%s() returned a value of type %s that cannot be converted to JSON: %s' % (
                method, type_name(type(value)), e)
            return error(rid, -32001, msg, type_name(type(value)), '', 'serialization')

    info = {
        'pid': os.getpid(),
        'version': '%d.%d.%d' % sys.version_info[:3],
        'implementation': sys.implementation.name,
        'executable': sys.executable,
    }
    write(('{"jsonrpc":"2.0","method":"ready","params":%s}\n' % encode(info)).encode())
    flush()

    while True:
        try:
            line = readline()
            if not line:
                break
            pending[0] = False  # one that arrived while idle was meant for an earlier call
            try:
                req = loads(line)
                rid = req['id']
                method = req['method']
                params = req.get('params') or {}
            except Exception as e:
                out = error(None, -32600, 'invalid request: %s' % e, 'ValueError', '', 'protocol')
            else:
                value = failed = None
                try:
                    busy[0] = True
                    try:
                        if pending[0]:
                            pending[0] = False
                            raise KeyboardInterrupt
                        value = run(method, params)
                    finally:
                        busy[0] = False
                except BaseException as e:
                    failed = e
                # Flush before the byte counts go into the response.
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except Exception:
                        pass
                out = result(rid, method, value) if failed is None else exception(rid, failed)
                value = failed = None
            write(out.encode())
            flush()
        except KeyboardInterrupt:
            # An interrupt that landed after the call returned: the response is what counts.
            continue


_pyembed_worker()
`;
  }
});

// src/core/session/worker-process.ts
var import_node_fs4, import_errors13, import_env, import_host, import_kill_tree, import_limits, import_output, import_builtins8, REQ_FD, RES_FD, INTR_FD, WorkerProcess;
var init_worker_process = __esm({
  "src/core/session/worker-process.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_errors13 = __toESM(require_errors(), 1);
    import_env = __toESM(require_env(), 1);
    import_host = __toESM(require_host(), 1);
    import_kill_tree = __toESM(require_kill_tree(), 1);
    import_limits = __toESM(require_limits(), 1);
    import_output = __toESM(require_output(), 1);
    init_worker();
    import_builtins8 = __toESM(require_builtins(), 1);
    REQ_FD = 3;
    RES_FD = 4;
    INTR_FD = 5;
    WorkerProcess = class {
      constructor(python, o, onMessage, onExit) {
        this.python = python;
        this.onMessage = onMessage;
        this.onExit = onExit;
        if (o.cwd !== void 0 && !(0, import_node_fs4.existsSync)(o.cwd)) {
          throw new import_errors13.PythonExecutionError(`Working directory ${o.cwd} does not exist.`, {
            requested: o.cwd,
            hint: "Create it first or pass an existing cwd."
          });
        }
        const interruptPipe = (0, import_host.isWindowsHost)();
        let command = python;
        let args = [
          ...o.pythonArgs ?? [],
          "-c",
          WORKER_SOURCE,
          String(REQ_FD),
          String(RES_FD),
          String(process.pid),
          String(interruptPipe ? INTR_FD : -1)
        ];
        if (o.maxMemoryMB !== void 0)
          ({ command, args } = (0, import_limits.wrapWithMemoryLimit)(command, args, o.maxMemoryMB, "auto", python));
        this.child = (0, import_builtins8.childProcessModule)().spawn(command, args, {
          cwd: o.cwd,
          env: (0, import_env.buildChildEnv)(o.env, o.envMode, { PYTHONIOENCODING: "utf-8" }),
          stdio: ["ignore", "pipe", "pipe", "pipe", "pipe", ...interruptPipe ? ["pipe"] : []],
          // Own process group: closing or restarting the session also ends what the user's code started.
          detached: this.group,
          windowsHide: true
        });
        this.req = this.child.stdio[REQ_FD];
        this.res = this.child.stdio[RES_FD];
        this.req.on("error", () => {
        });
        if (interruptPipe) {
          this.intr = this.child.stdio[INTR_FD];
          this.intr.on("error", () => {
          });
        }
        this.exitPromise = new Promise((resolve) => this.child.once("exit", () => resolve()));
        this.closed = new Promise((resolve) => this.child.once("close", () => resolve()));
        const wire = (index, stream, handler, tail) => {
          if (!stream) return Promise.resolve();
          const splitter = handler ? new import_output.LineSplitter((line) => {
            try {
              handler(line);
            } catch (e) {
              this.handlerError ??= e;
            }
          }) : void 0;
          stream.on("data", (chunk) => {
            tail?.push(chunk);
            splitter?.push(chunk);
            this.received[index] += chunk.length;
            if (this.waiter) this.checkWaiter();
          });
          return new Promise(
            (resolve) => stream.once("close", () => {
              splitter?.end();
              resolve(void 0);
            })
          );
        };
        this.outputEnded = Promise.all([
          wire(0, this.child.stdout, o.onStdout),
          wire(1, this.child.stderr, o.onStderr, this.stderrTail)
        ]).then(() => this.runWaiter());
        this.res.setEncoding("utf8");
        this.res.on("data", (chunk) => this.onData(chunk));
        this.ready = new Promise((resolve, reject) => {
          const timeoutMs = o.startTimeoutMs ?? 3e4;
          const timer = setTimeout(() => {
            this.kill();
            reject(this.startError(`did not start within ${timeoutMs} ms`));
          }, timeoutMs);
          this.readyResolve = (info2) => {
            clearTimeout(timer);
            this.info = info2;
            resolve(info2);
          };
          this.readyReject = (e) => {
            clearTimeout(timer);
            reject(e);
          };
        });
        this.ready.catch(() => {
        });
        this.child.once("error", (e) => this.readyReject?.(this.startError(e.message)));
        this.child.once("exit", (code, signal) => {
          this.exited = true;
          this.exitCode = code;
          this.exitSignal = signal;
          if (this.child.pid !== void 0) (0, import_kill_tree.untrackChild)(this.child.pid);
          void Promise.race([this.outputEnded, new Promise((r) => setTimeout(r, 250).unref())]).then(() => {
            this.runWaiter();
            if (!this.info)
              this.readyReject?.(this.startError(`exited (${this.exitDescription()}) before it was ready`));
            this.onExit(this);
          });
        });
        if (this.child.pid !== void 0) (0, import_kill_tree.trackChild)(this.child.pid, this.group);
      }
      python;
      onMessage;
      onExit;
      child;
      ready;
      info;
      exited = false;
      exitCode = null;
      exitSignal = null;
      /** Resolves when the interpreter exited (its children may still hold the output pipes). */
      exitPromise;
      /** Resolves when the output pipes closed too (every holder is gone). */
      closed;
      /** Handler errors (onStdout/onStderr threw) waiting to be reported on the current call. */
      handlerError;
      stderrTail = new import_output.BoundedCapture(0, 8192);
      req;
      res;
      intr;
      group = process.platform !== "win32";
      buf = "";
      outputEnded;
      /** Bytes of stdout/stderr received (and handed to the line handlers) so far. */
      received = [0, 0];
      waiter;
      /**
       * Runs `fn` once the output the worker wrote before answering has reached the handlers: the
       * response and the output travel on different pipes, and either may be read first.
       */
      afterOutput(io, fn) {
        if (!io || this.received[0] >= io[0] && this.received[1] >= io[1]) return fn();
        const timer = setTimeout(() => this.runWaiter(), 2e3);
        this.waiter = { io, fn, timer };
      }
      checkWaiter() {
        const w = this.waiter;
        if (w && this.received[0] >= w.io[0] && this.received[1] >= w.io[1]) this.runWaiter();
      }
      /** Also when the output can no longer arrive (pipes closed, worker gone). */
      runWaiter() {
        const w = this.waiter;
        this.waiter = void 0;
        if (w) clearTimeout(w.timer);
        w?.fn();
      }
      readyResolve;
      readyReject;
      startError(why) {
        const tail = this.stderrText();
        return new import_errors13.PythonExecutionError(
          `Python session worker ${this.python} ${why}${tail ? `:
${tail}` : "."}`,
          {
            requested: this.python,
            stderrTail: tail,
            kind: "start",
            hint: "Check that the path is a working Python 3.8+ interpreter."
          }
        );
      }
      onData(chunk) {
        this.buf += chunk;
        let nl = this.buf.indexOf("\n");
        if (nl === -1) return;
        let start = 0;
        while (nl !== -1) {
          const line = this.buf.slice(start, nl);
          start = nl + 1;
          this.onLine(line);
          nl = this.buf.indexOf("\n", start);
        }
        this.buf = start === this.buf.length ? "" : this.buf.slice(start);
      }
      onLine(line) {
        let msg;
        try {
          msg = JSON.parse(line);
        } catch {
          return;
        }
        if (msg.method === "ready" && msg.params) this.readyResolve?.(msg.params);
        else this.onMessage(msg, this);
      }
      send(line) {
        this.req.write(line);
      }
      /** SIGINT (a byte on the interrupt pipe on Windows): KeyboardInterrupt inside the running call only. */
      interrupt() {
        if (this.exited || this.child.pid === void 0) return false;
        if (this.intr) {
          this.intr.write("!");
          return true;
        }
        try {
          process.kill(this.child.pid, "SIGINT");
          return true;
        } catch {
          return false;
        }
      }
      kill() {
        if (this.child.pid !== void 0)
          (0, import_kill_tree.killTree)(this.child.pid, { group: this.group, leaderExited: this.exited });
      }
      /** Stops reading output a process outside our reach still holds open (it left the group). */
      destroyStreams() {
        for (const s of this.child.stdio) s?.destroy();
      }
      /** EOF on the request pipe: the worker leaves its loop after the current call. */
      endInput() {
        this.req.end();
      }
      stderrText() {
        return (0, import_output.tailLines)(this.stderrTail.tail("utf8"));
      }
      exitDescription() {
        return this.exitSignal ? `signal ${this.exitSignal}` : `exit code ${this.exitCode}`;
      }
      /** An idle worker must not keep Node alive; a pending call must. */
      setRef(on) {
        const streams = [
          this.child.stdout,
          this.child.stderr,
          this.req,
          this.res
        ];
        for (const s of streams) {
          if (on) s?.ref?.();
          else s?.unref?.();
        }
        if (on) this.child.ref();
        else this.child.unref();
      }
    };
  }
});

// src/core/session/session.ts
var session_exports = {};
__export(session_exports, {
  PythonSession: () => PythonSession
});
var import_errors14, PythonSession;
var init_session = __esm({
  "src/core/session/session.ts"() {
    "use strict";
    import_errors14 = __toESM(require_errors(), 1);
    init_errors();
    init_worker_process();
    PythonSession = class _PythonSession {
      constructor(pythonPath, o) {
        this.pythonPath = pythonPath;
        this.o = o;
      }
      pythonPath;
      o;
      worker;
      starting;
      queue = [];
      head = 0;
      current;
      nextId = 1;
      closed = false;
      closing;
      /** A worker that died while idle: reported to the next call, which would otherwise see fresh state silently. */
      crashed;
      /** How many times the worker was replaced (state lost each time). */
      restarts = 0;
      /** Starts the interpreter and resolves once it is ready for calls. */
      static async start(pythonPath, o = {}) {
        const s = new _PythonSession(pythonPath, o);
        await s.spawnWorker();
        return s;
      }
      /** pid, version and executable of the current worker. */
      get info() {
        return this.worker?.info;
      }
      get pid() {
        return this.worker?.info?.pid;
      }
      get isClosed() {
        return this.closed;
      }
      /** Runs statements in the session's globals. */
      async exec(code, o) {
        await this.request("exec", { code }, `exec(${short(code)})`, o);
      }
      /** Evaluates one expression and returns its value as JSON. */
      eval(expr, o) {
        return this.request("eval", { code: expr }, `eval(${short(expr)})`, o);
      }
      /**
       * Calls `module.func` (imported on demand: 'json.dumps', 'os.path.join'), a session global
       * ('myfunc', 'obj.method') or a builtin ('len').
       */
      call(target, args = [], kwargs = {}, o) {
        return this.request("call", { target, args, kwargs }, `call(${target})`, o);
      }
      /** `import module` (or `import module as alias`) into the session's globals. */
      import(module2, o) {
        return this.request("import", { module: module2, as: o?.as }, `import(${module2})`, o);
      }
      /** Binds a JSON value to a global name. */
      async set(name, value, o) {
        await this.request("set", { name, value }, `set(${name})`, o);
      }
      /** Reads a global by name. */
      get(name, o) {
        return this.request("get", { name }, `get(${name})`, o);
      }
      /** A protocol round trip without user code (health check, benchmark baseline). */
      async ping(o) {
        await this.request("ping", {}, "ping()", o);
      }
      /** Ends the worker (and anything it started); pending calls are rejected. Idempotent. */
      close() {
        this.closing ??= this.shutdown();
        return this.closing;
      }
      request(method, params, label, o) {
        if (this.closed) return Promise.reject(closedError(label));
        const id = this.nextId++;
        let line;
        try {
          line = `{"jsonrpc":"2.0","id":${id},"method":"${method}","params":${JSON.stringify(params)}}
`;
        } catch (e) {
          return Promise.reject(
            sessionError(`${label}: the arguments cannot be sent as JSON: ${e.message}`, {
              kind: "serialization"
            })
          );
        }
        const signal = o?.signal;
        if (signal?.aborted) return Promise.reject(abortError(label, signal));
        return new Promise((resolve, reject) => {
          const job = {
            id,
            line,
            label,
            timeoutMs: o?.timeoutMs ?? this.o.callTimeoutMs,
            signal,
            resolve,
            reject
          };
          if (signal) {
            job.onAbort = () => this.abortJob(job);
            signal.addEventListener("abort", job.onAbort, { once: true });
          }
          this.queue.push(job);
          if (!this.current) this.pump();
        });
      }
      abortJob(job) {
        if (this.current === job) return this.interrupt(job, "abort");
        if (job.cancelled) return;
        job.cancelled = true;
        this.settle(job);
        job.reject(abortError(job.label, job.signal));
      }
      /** Sends the next queued call when the worker is idle; starts a worker when there is none. */
      pump() {
        while (!this.current && this.head < this.queue.length) {
          const w = this.worker;
          if (!w) {
            if (!this.starting && !this.closed) void this.spawnWorker().catch(() => {
            });
            return;
          }
          if (w.exited) return;
          const job = this.queue[this.head++];
          if (this.head > 1024 && this.head * 2 > this.queue.length) {
            this.queue.splice(0, this.head);
            this.head = 0;
          }
          if (job.cancelled) continue;
          if (this.crashed) {
            const e = this.crashed;
            this.crashed = void 0;
            this.settle(job);
            job.reject(e);
            continue;
          }
          this.current = job;
          w.handlerError = void 0;
          w.setRef(true);
          w.send(job.line);
          if (job.timeoutMs !== void 0 && job.timeoutMs >= 0) {
            job.timer = setTimeout(() => this.interrupt(job, "timeout"), job.timeoutMs);
          }
          return;
        }
        if (!this.current) this.worker?.setRef(false);
      }
      async spawnWorker() {
        const start = async () => {
          const w = new WorkerProcess(
            this.pythonPath,
            this.o,
            (msg, from) => this.onResponse(msg, from),
            (from) => this.onWorkerExit(from)
          );
          w.setRef(true);
          try {
            await w.ready;
          } catch (e) {
            w.kill();
            throw e;
          }
          this.worker = w;
        };
        this.starting = start();
        try {
          await this.starting;
        } catch (e) {
          for (const job of this.queue.splice(this.head)) {
            if (job.cancelled) continue;
            this.settle(job);
            job.reject(e);
          }
          this.head = 0;
          this.queue.length = 0;
          throw e;
        } finally {
          this.starting = void 0;
        }
        if (this.closed) {
          this.worker?.kill();
          return;
        }
        this.pump();
      }
      settle(job) {
        if (job.timer) clearTimeout(job.timer);
        if (job.repeat) clearInterval(job.repeat);
        if (job.grace) clearTimeout(job.grace);
        if (job.onAbort) job.signal?.removeEventListener("abort", job.onAbort);
      }
      onResponse(msg, from) {
        const job = this.current;
        if (!job || from !== this.worker || msg.id !== job.id) return;
        this.settle(job);
        from.afterOutput(msg.io, () => this.complete(job, msg, from));
      }
      complete(job, msg, from) {
        if (this.current !== job) return;
        this.current = void 0;
        const handlerError = from.handlerError;
        if (handlerError !== void 0) job.reject(handlerError);
        else if (msg.error) job.reject(callError(job, msg.error));
        else job.resolve(msg.result);
        this.pump();
      }
      /** Timeout/abort: SIGINT (repeated), then after the grace period kill and replace the worker. */
      interrupt(job, reason) {
        const w = this.worker;
        if (this.current !== job || job.interrupted || !w) return;
        job.interrupted = reason;
        const graceMs = this.o.interruptGraceMs ?? 2e3;
        if (w.interrupt()) {
          job.repeat = setInterval(() => w.interrupt(), 200);
          job.grace = setTimeout(() => this.replaceStuckWorker(job, w), graceMs);
        } else {
          this.replaceStuckWorker(job, w);
        }
      }
      replaceStuckWorker(job, w) {
        if (this.current !== job || this.worker !== w) return;
        this.worker = void 0;
        this.current = void 0;
        this.settle(job);
        w.kill();
        const why = job.interrupted === "timeout" ? `timed out after ${job.timeoutMs} ms` : "was aborted";
        const graceMs = this.o.interruptGraceMs ?? 2e3;
        job.reject(
          new import_errors14.PythonExecutionError(
            `${job.label} ${why} and did not stop within ${graceMs} ms of an interrupt; the worker was killed and restarted: all session state (variables, imports) was lost.`,
            {
              requested: job.label,
              kind: job.interrupted === "timeout" ? "timeout" : "aborted",
              timedOut: job.interrupted === "timeout",
              aborted: job.interrupted === "abort",
              stateLost: true,
              hint: "Re-run the setup code of the session; code that ignores KeyboardInterrupt cannot be interrupted."
            }
          )
        );
        this.noteRestart(`${job.label} ${why} and ignored the interrupt`);
      }
      noteRestart(reason) {
        if (this.closed) return;
        this.restarts++;
        try {
          this.o.onRestart?.(reason);
        } catch {
        }
        if (!this.starting) void this.spawnWorker().catch(() => {
        });
      }
      onWorkerExit(w) {
        if (this.worker !== w) return;
        this.worker = void 0;
        w.kill();
        if (this.closed) return;
        const tail = w.stderrText();
        const err2 = new import_errors14.PythonExecutionError(
          `The Python session worker exited (${w.exitDescription()}); all session state was lost and a new worker is started.${tail ? `
${tail}` : ""}`,
          {
            requested: this.current?.label,
            kind: "crash",
            processExitCode: w.exitCode,
            signal: w.exitSignal,
            stderrTail: tail,
            stateLost: true,
            outOfMemory: /MemoryError|Cannot allocate memory/.test(tail),
            hint: "Something ended the interpreter (os._exit, a crash in native code, an external kill)."
          }
        );
        const job = this.current;
        if (job) {
          this.current = void 0;
          this.settle(job);
          job.reject(err2);
        } else {
          this.crashed = err2;
        }
        this.noteRestart(err2.message.split("\n")[0]);
      }
      async shutdown() {
        this.closed = true;
        for (const job2 of this.queue.splice(this.head)) {
          if (job2.cancelled) continue;
          this.settle(job2);
          job2.reject(closedError(job2.label));
        }
        this.queue.length = 0;
        this.head = 0;
        if (this.starting) await this.starting.catch(() => {
        });
        const w = this.worker;
        const job = this.current;
        if (w) {
          w.setRef(true);
          if (job) {
            job.interrupted = "close";
            w.interrupt();
            job.repeat ??= setInterval(() => w.interrupt(), 200);
          }
          w.endInput();
          const graceMs = this.o.interruptGraceMs ?? 2e3;
          let timer;
          const stopped = await Promise.race([
            w.exitPromise.then(() => true),
            new Promise((r) => timer = setTimeout(() => r(false), graceMs))
          ]);
          clearTimeout(timer);
          w.kill();
          if (!stopped) await w.exitPromise;
          let closeTimer;
          const closed = await Promise.race([
            w.closed.then(() => true),
            new Promise((r) => closeTimer = setTimeout(() => r(false), 1e3))
          ]);
          clearTimeout(closeTimer);
          if (!closed) w.destroyStreams();
        }
        if (job && this.current === job) {
          this.current = void 0;
          this.settle(job);
          job.reject(closedError(job.label));
        }
      }
    };
  }
});

// <stdin>
var loaders = {
  "src/action/diagnose-step.ts": () => (init_diagnose_step(), __toCommonJS(diagnose_step_exports)),
  "src/action/import-step.ts": () => (init_import_step(), __toCommonJS(import_step_exports)),
  "src/core/instances/index.ts": () => (init_instances(), __toCommonJS(instances_exports)),
  "src/core/install/extract.ts": () => (init_extract(), __toCommonJS(extract_exports)),
  "src/core/session/session.ts": () => (init_session(), __toCommonJS(session_exports))
};
module.exports = (name) => loaders[name]();
