"""The demo's script: proves the venv has its packages and runs on the private CPython."""
import sys
from datetime import datetime, timezone

import dateutil.relativedelta as rd
import markupsafe
from tabulate import tabulate

now = datetime.now(timezone.utc)
rows = [
    ["python", sys.version.split()[0]],
    ["executable", sys.executable],
    ["prefix (venv)", sys.prefix],
    ["base prefix (instance)", sys.base_prefix],
    ["dateutil: in 1 month", (now + rd.relativedelta(months=+1)).date().isoformat()],
    ["markupsafe (compiled wheel)", markupsafe.escape("<b>ok</b>")],
]
print(tabulate(rows, headers=["what", "value"], tablefmt="github"))
