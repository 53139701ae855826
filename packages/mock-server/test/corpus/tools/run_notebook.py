"""Runs the code cells of one notebook with capture.py's patches, cell after cell, and goes on after a failing cell.

Usage: MOCK_URL=... CAPTURE_DIR=... python run_notebook.py NOTEBOOK PREFIX [PROLOGUE]
NOTEBOOK may also be a Markdown page: its ```python blocks are its cells. PROLOGUE, when given, is a first cell
(the connection a page takes from another page). Shell (!) and magic (%) lines are dropped. Prints one line per
failing cell.
"""

import json
import os
import re
import signal
import sys

sys.path.insert(0, os.path.dirname(__file__))
import capture  # noqa: E402

notebook, prefix = os.path.abspath(sys.argv[1]), sys.argv[2]
capture.state["prefix"] = prefix
sys.meta_path.append(capture.StandIn())
os.chdir(os.path.dirname(notebook))
sys.path.insert(0, os.getcwd())
if notebook.endswith(".md"):
    cells = re.findall(r"^```python\n(.*?)^```", open(notebook).read(), re.M | re.S)
else:
    cells = ["".join(c["source"]) for c in json.load(open(notebook))["cells"] if c["cell_type"] == "code"]
cells = sys.argv[3:4] + cells
namespace = {"__name__": "__main__"}


def timeout(*_):
    raise TimeoutError("cell took over 60 s")


signal.signal(signal.SIGALRM, timeout)
for index, cell in enumerate(cells):
    lines = [line for line in cell.splitlines() if not line.lstrip().startswith(("!", "%"))]
    signal.alarm(60)
    try:
        exec(compile("\n".join(lines), f"<cell {prefix}[{index}]>", "exec"), namespace)
    except BaseException as error:  # noqa: BLE001 - a failing cell is reported, the next one still runs
        print(f"{prefix} cell {index}: {type(error).__name__}: {str(error)[:200]}")
    finally:
        signal.alarm(0)
