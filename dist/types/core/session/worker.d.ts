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
export declare const WORKER_SOURCE: string;
