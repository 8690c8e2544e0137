// The README's library example: the same plan as `pyembed setup`, from TypeScript, then Python in-process
// through a persistent session. Settings come from flags > env (PYEMBED_*) > pyembed.json > defaults.
import { PythonSession, loadConfig, runSetup, stderrLogger, type SetupResult } from 'python-embedded';

const { options } = loadConfig(); // e.g. PYEMBED_ROOT, PYEMBED_MIRROR, PYEMBED_INDEX_URL from the environment

const result: SetupResult = await runSetup(
  { ...options, python: '3.11.7', venv: 'example', requirements: ['examples/requirements.txt'] },
  { logger: stderrLogger(), onPhase: (phase, ms) => process.stderr.write(`${phase}: ${ms} ms\n`) },
);

// One interpreter, kept alive: state survives between calls, values cross as JSON.
const session = await PythonSession.start(result.venv!.pythonPath);
try {
  await session.exec('import tabulate');
  const table = await session.eval<string>(
    "tabulate.tabulate([[1, 'one'], [2, 'two']], headers=['n', 'name'])",
  );
  const version = await session.eval<string>('tabulate.__version__');
  console.log(
    JSON.stringify({ python: result.python.version, venv: result.venv!.path, tabulate: version, table }),
  );
} finally {
  await session.close();
}
