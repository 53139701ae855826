"""Patches the official Python client so that every graph a script would send is written to a file instead.

Connections go to the local mock (MOCK_URL) whatever URL the script names; sign-in calls do nothing;
the requests that would compute something (POST /result, POST /jobs, PUT /process_graphs/{id}) are not sent:
their graph, exactly as the client built it (save_result included), is written to CAPTURE_DIR/<prefix>-<n>.json
and a stand-in answer is returned, so nothing is computed and no result is asked for. Imports that the venv lacks (plotting, display) become stand-ins too.
"""

import importlib.abc
import io
import importlib.machinery
import json
import os
import sys
from unittest import mock

import openeo
import openeo.rest.connection as connection_module
import requests

MOCK_URL = os.environ["MOCK_URL"]
CAPTURE_DIR = os.environ["CAPTURE_DIR"]
state = {"prefix": "graph", "count": 0}


def write(body, how):
    graph = body.get("process", body)
    graph = graph.get("process_graph", graph)
    state["count"] += 1
    name = f"{state['prefix']}-{state['count']}.json"
    text = json.dumps({"process_graph": graph, "captured_by": how}, indent=1, default=plain, allow_nan=False)
    with open(os.path.join(CAPTURE_DIR, name), "w") as out:
        out.write(text)


def plain(value):
    """What the client sends for values json cannot write itself: numpy scalars and arrays, parameters."""
    if isinstance(value, mock.Mock):
        raise TypeError(f"a stand-in ({value!r}) reached the graph")
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, openeo.Parameter):
        return {"from_parameter": value.name}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


SENDS = {("post", "/result"): "POST /result", ("post", "/jobs"): "POST /jobs"}


def stand_in_response(status: int, job_id: str) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = b""
    response.raw = io.BytesIO(b"")
    response.headers["OpenEO-Identifier"] = job_id
    response.headers["Location"] = f"{MOCK_URL}/jobs/{job_id}"
    return response


_request = connection_module.Connection.request


def request(self, method, path, *args, **kwargs):
    """Writes the graph of a request that would compute something and answers it with a stand-in; a later call
    about a stand-in job fails, so no result is ever asked for. Anything else (metadata) goes to the mock."""
    how = SENDS.get((method.lower(), path))
    if how is None and method.lower() == "put" and path.startswith("/process_graphs/"):
        how = f"PUT {path}"
    if how is not None:
        write(kwargs.get("json") or {}, how)
        return stand_in_response(201 if how == "POST /jobs" else 200, f"captured-{state['count']}")
    if "/captured-" in path:
        raise RuntimeError(f"capture: {method.upper()} {path} asks about a captured job; no result is computed")
    return _request(self, method, path, *args, **kwargs)


connection_module.Connection.request = request
for how in ("authenticate_oidc", "authenticate_oidc_device", "authenticate_oidc_client_credentials",
            "authenticate_oidc_refresh_token", "authenticate_oidc_authorization_code", "authenticate_basic"):
    setattr(connection_module.Connection, how, lambda self, *a, **k: self)

_connect = openeo.connect


def connect(url=None, *args, **kwargs):
    return _connect(MOCK_URL)


openeo.connect = connect
connection_module.connect = connect


def imported_by_a_cell() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith("<cell") or name.startswith(os.getcwd() + os.sep):
            return True
        if not name.startswith("<frozen"):
            return False
        frame = frame.f_back
    return False


class StandIn(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """A module the venv lacks, imported by a notebook cell or a module beside the notebook, is a MagicMock, so that plotting cells do not
    stop a script. Libraries' own optional imports are left alone."""

    def find_spec(self, name, path, target=None):
        if not imported_by_a_cell():
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            if finder.find_spec(name, path, target) is not None:
                return None
        return importlib.machinery.ModuleSpec(name, self, is_package=True)

    def create_module(self, spec):
        print(f"capture: stand-in for missing module {spec.name}", file=sys.stderr)
        module = mock.MagicMock(name=spec.name)
        module.__path__ = []
        module.__version__ = "0"
        module.__spec__ = spec
        return module

    def exec_module(self, module):
        pass

