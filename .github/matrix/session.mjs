// A PythonSession round trip on a real runner (run by action-matrix.yml; PYTHON = the venv's python):
// state kept between calls, values as JSON, a Python exception as a typed error, a clean close.
import process from 'node:process';
import { PythonExecutionError, PythonSession } from '../../dist/index.js';

const python = process.env.PYTHON;
if (!python) throw new Error('PYTHON is not set');
const session = await PythonSession.start(python);
try {
  await session.exec('import sys\ncounter = 41');
  await session.exec('counter += 1');
  const counter = await session.eval('counter');
  if (counter !== 42) throw new Error(`state was not kept: ${counter}`);
  const joined = await session.call('json.dumps', [{ machine: process.arch }], { sort_keys: true });
  if (joined !== `{"machine": "${process.arch}"}`) throw new Error(`call returned ${joined}`);
  let raised;
  try {
    await session.eval('1 / 0');
  } catch (e) {
    raised = e;
  }
  if (!(raised instanceof PythonExecutionError)) throw new Error(`1 / 0 gave ${String(raised)}`);
  const error = raised.message.split('\n')[0];
  process.stdout.write(`${JSON.stringify({ counter, joined, error })}\n`);
} finally {
  await session.close();
}
