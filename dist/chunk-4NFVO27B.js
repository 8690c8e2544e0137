#!/usr/bin/env node
import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import {
  CHECK_LATEST,
  CONSTRAINTS,
  FREETHREADED,
  PLATFORM,
  REQUIREMENTS,
  SEED,
  TARGET,
  TIMEOUT_SECONDS,
  describedAs
} from "./chunk-6NJPSDIX.js";

// src/cli/specs/catalog.ts
var load = () => import("./catalog-KXO7GYS7.js");
var resolve = {
  name: "resolve",
  description: "resolve a spec to one build (key, version, build, url, sha256) without downloading",
  arguments: [
    {
      name: "<spec>",
      description: "Python spec, e.g. 3.12, >=3.11,<3.13, 3.13t, cpython-3.12.5-linux-x86_64-gnu"
    }
  ],
  options: [PLATFORM, CHECK_LATEST],
  handler: () => load().then((m) => m.resolveCommand)
};
var listAvailable = {
  name: "list-available",
  description: "versions available for a platform, newest first",
  options: [PLATFORM, { flags: "--all", description: "every build, not only the newest per version" }],
  handler: () => load().then((m) => m.listAvailableCommand)
};

// src/cli/specs/config.ts
var config = {
  name: "config",
  description: "configuration (flag > env > config file > default)",
  commands: [
    {
      name: "show",
      description: "every option, its value and where it came from",
      handler: () => import("./config-Y4IIK5RH.js").then((m) => m.configShowCommand)
    }
  ]
};

// src/cli/specs/diagnose.ts
var diagnose = {
  name: "diagnose",
  description: "system requirements, disk, network reachability, uv, instance and venv health",
  options: [{ flags: "--no-network", description: "do not probe hosts" }],
  handler: () => import("./diagnose-TUFVCUGB.js").then((m) => m.diagnoseCommand)
};

// src/cli/specs/exec.ts
var load2 = () => import("./exec-YEVCKWUX.js");
var run = {
  name: "run",
  description: "run python with arguments in a venv or instance: pyembed run [--venv NAME] -- <args>",
  arguments: [{ name: "[args...]", description: "arguments for python (put them after --)" }],
  options: [
    ...TARGET,
    { flags: "--cwd <dir>", description: "working directory" },
    TIMEOUT_SECONDS,
    { flags: "--max-memory-mb <n>", description: "address-space limit of the child" }
  ],
  handler: () => load2().then((m) => m.runCommand)
};
var exec = {
  name: "exec",
  description: 'evaluate Python code: pyembed exec "<code>"',
  arguments: [{ name: "<code>", description: "Python statements, or - to read them from stdin" }],
  options: [...TARGET, TIMEOUT_SECONDS],
  handler: () => load2().then((m) => m.execCommand)
};

// src/cli/specs/setup.ts
var pythonFromSpecArg = (args) => args.length ? { python: args[args.length - 1] } : {};
var setup = {
  name: "setup",
  description: "the whole plan, like the action: resolve -> install -> uv -> venv -> packages (-> export)",
  arguments: [
    {
      name: "[specs...]",
      description: "Python spec(s); several install each, the last is the default (default: .python-version etc., then PYEMBED_PYTHON, then 3.12)"
    }
  ],
  options: [
    { flags: "--python-version-file <file>", description: "read the spec from this file" },
    PLATFORM,
    FREETHREADED,
    describedAs(CHECK_LATEST, "ask the release source for a newer build than the bundled catalogue"),
    {
      flags: "--venv <name|path>",
      description: "venv: a name (under <instance>/venvs/) or a path with a slash",
      defaultValue: "default"
    },
    { flags: "--no-venv", description: "stop after installing Python and uv" },
    describedAs(SEED, "seed pip/setuptools into the venv"),
    REQUIREMENTS,
    CONSTRAINTS,
    { flags: "--pyproject <file|dir>", description: "install the project of this pyproject.toml" },
    {
      flags: "-e, --editable",
      description: "install the pyproject editable (default with uv.lock; --no-editable to copy it)"
    },
    { flags: "--no-editable", description: "install a locked project as a copy, not editable" },
    { flags: "--extras <names>", description: "comma-separated extras of the pyproject" },
    // uv projects
    {
      flags: "--lock <mode>",
      description: "the pyproject's uv.lock: auto (default), frozen (unchecked), ignore (resolve afresh)"
    },
    {
      flags: "--group <name>",
      description: "dependency group of the pyproject (repeatable)",
      repeatable: true
    },
    { flags: "--all-groups", description: "every dependency group of the pyproject (needs uv.lock)" },
    { flags: "--no-default-groups", description: "leave out uv's default groups (dev) (needs uv.lock)" },
    { flags: "--all-extras", description: "every extra of the pyproject" },
    {
      flags: "--workspace-package <name>",
      description: "the workspace member to install (uv sync --package)"
    },
    { flags: "--package <spec>", description: "extra package requirement (repeatable)", repeatable: true },
    {
      flags: "--export <archive>",
      description: "export the instance (with its venvs) to this archive afterwards"
    }
  ],
  configFromArgs: pythonFromSpecArg,
  handler: () => import("./setup-SEMM45JO.js").then((m) => m.setupCommand)
};

// src/cli/specs/instances.ts
var load3 = () => import("./instances-FQDLEQNI.js");
var INSTANCE = { name: "<spec|key>", description: "version spec or instance key" };
var instanceCommands = [
  {
    name: "install",
    description: "download, verify and install Python instances",
    arguments: [
      {
        name: "[specs...]",
        description: "Python spec(s), each installed (default: .python-version etc., then 3.12)"
      }
    ],
    options: [PLATFORM, FREETHREADED],
    configFromArgs: pythonFromSpecArg,
    handler: () => load3().then((m) => m.installCommand)
  },
  { name: "list", description: "installed instances", handler: () => load3().then((m) => m.listCommand) },
  {
    name: "info",
    description: "details of one instance",
    arguments: [
      { name: "[spec|key]", description: "version spec or instance key (default: the one exec/run use)" }
    ],
    handler: () => load3().then((m) => m.infoCommand)
  },
  {
    name: "remove",
    description: "delete an instance (and its venvs)",
    arguments: [INSTANCE],
    handler: () => load3().then((m) => m.removeCommand)
  },
  {
    name: "verify",
    description: "check the integrity of instances (interpreter runs, files, metadata)",
    arguments: [{ name: "[spec|key]", description: "one instance (default: all)" }],
    handler: () => load3().then((m) => m.verifyCommand)
  },
  { name: "du", description: "disk usage of the instances", handler: () => load3().then((m) => m.duCommand) },
  {
    name: "export",
    description: "write an instance to an archive (.tar.gz, .tar.zst, .zip)",
    arguments: [INSTANCE, { name: "<archive>", description: "destination path" }],
    handler: () => load3().then((m) => m.exportCommand)
  },
  {
    name: "import",
    description: "import an instance archive written by export",
    arguments: [{ name: "<archive>", description: "archive path" }],
    handler: () => load3().then((m) => m.importCommand)
  }
];

// src/cli/specs/pip.ts
var load4 = () => import("./pip-L4PUK3GU.js");
var pip = {
  name: "pip",
  description: "packages of a venv (select with --venv) or instance",
  commands: [
    {
      name: "install",
      description: "install packages",
      arguments: [{ name: "[packages...]", description: "requirement specifiers" }],
      options: [
        REQUIREMENTS,
        CONSTRAINTS,
        { flags: "-e, --editable <path>", description: "install a local project editable" },
        { flags: "-U, --upgrade", description: "upgrade already installed packages" },
        ...TARGET
      ],
      handler: () => load4().then((m) => m.pipInstallCommand)
    },
    {
      name: "uninstall",
      description: "uninstall packages",
      arguments: [{ name: "<packages...>", description: "package names" }],
      options: TARGET,
      handler: () => load4().then((m) => m.pipUninstallCommand)
    },
    {
      name: "list",
      description: "installed packages",
      options: TARGET,
      handler: () => load4().then((m) => m.pipListCommand)
    },
    {
      name: "show",
      description: "one installed package",
      arguments: [{ name: "<package>", description: "package name" }],
      options: TARGET,
      handler: () => load4().then((m) => m.pipShowCommand)
    },
    {
      name: "outdated",
      description: "packages with newer releases",
      options: TARGET,
      handler: () => load4().then((m) => m.pipOutdatedCommand)
    },
    {
      name: "upgrade",
      description: "upgrade packages to their newest",
      arguments: [{ name: "<packages...>", description: "names" }],
      options: TARGET,
      handler: () => load4().then((m) => m.pipUpgradeCommand)
    },
    {
      name: "downgrade",
      description: "install an older version of a package",
      arguments: [
        { name: "<package>", description: "name" },
        { name: "<version>", description: "the version to install" }
      ],
      options: TARGET,
      handler: () => load4().then((m) => m.pipDowngradeCommand)
    },
    {
      name: "freeze",
      description: "requirements.txt of the environment",
      options: TARGET,
      handler: () => load4().then((m) => m.pipFreezeCommand)
    }
  ]
};

// src/cli/specs/venv.ts
var load5 = () => import("./venv-GXUG7VPV.js");
var NAME = { name: "<name>", description: "venv name" };
var ARCHIVE_OUT = { name: "<archive>", description: "destination path" };
var venv = {
  name: "venv",
  description: "virtual environments of an instance (the instance: --python, else .python-version, else 3.12)",
  commands: [
    {
      name: "create",
      description: "create a venv with uv (or return the existing one)",
      arguments: [{ name: "<name>", description: "venv name (kept under <instance>/venvs/)" }],
      options: [
        { flags: "--path <dir>", description: "create it at this external directory instead" },
        SEED,
        { flags: "--recreate", description: "delete and create again if it exists" }
      ],
      handler: () => load5().then((m) => m.venvCreateCommand)
    },
    {
      name: "list",
      description: "venvs of the instance",
      handler: () => load5().then((m) => m.venvListCommand)
    },
    {
      name: "info",
      description: "details of one venv",
      arguments: [NAME],
      handler: () => load5().then((m) => m.venvInfoCommand)
    },
    {
      name: "remove",
      description: "delete a venv",
      arguments: [NAME],
      options: [
        { flags: "--keep-files", description: "for an external venv: forget it but keep its directory" }
      ],
      handler: () => load5().then((m) => m.venvRemoveCommand)
    },
    {
      name: "clone",
      description: "copy a venv (paths inside are re-pointed at the copy)",
      arguments: [
        { name: "<source>", description: "venv to copy" },
        { name: "<target>", description: "new venv name" }
      ],
      options: [{ flags: "--path <dir>", description: "put the copy at this external directory" }],
      handler: () => load5().then((m) => m.venvCloneCommand)
    },
    {
      name: "export",
      description: "write a venv to a .zip archive",
      arguments: [NAME, ARCHIVE_OUT],
      handler: () => load5().then((m) => m.venvExportCommand)
    },
    {
      name: "import",
      description: "import a venv archive (paths inside are re-pointed)",
      arguments: [
        { name: "<archive>", description: "archive written by venv export" },
        { name: "<name>", description: "new venv name" }
      ],
      options: [{ flags: "--path <dir>", description: "import it at this external directory" }],
      handler: () => load5().then((m) => m.venvImportCommand)
    }
  ]
};

// src/cli/specs/index.ts
var COMMANDS = [
  setup,
  resolve,
  listAvailable,
  ...instanceCommands,
  venv,
  pip,
  run,
  exec,
  diagnose,
  config
];

export {
  COMMANDS
};
