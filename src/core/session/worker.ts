/**
 * The Python side of PythonSession, run as `python -c WORKER_SOURCE <reqFd> <resFd> <parentPid>`.
 * Embedded as a string so it ships inside the bundle. Python 3.8+ syntax only (PBS still ships 3.8).
 *
 * Protocol: one JSON-RPC 2.0 object per line. Requests arrive on reqFd, responses leave on resFd,
 * so the user's print() output (stdout/stderr) can never corrupt the protocol.
 *   -> {"jsonrpc":"2.0","id":7,"method":"eval","params":{"code":"1+1"}}
 *   <- {"jsonrpc":"2.0","id":7,"result":2}
 *   <- {"jsonrpc":"2.0","id":7,"error":{"code":-32000,"message":"...","data":{"type":"...","traceback":"..."}}}
 * First line out is a notification: {"jsonrpc":"2.0","method":"ready","params":{...}}.
 *
 * The user's globals are __main__'s dict (functions defined in the session pickle like script ones);
 * everything of the worker lives in one function's locals, which it removes from __main__ first.
 */
export const WORKER_SOURCE = String.raw`
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
