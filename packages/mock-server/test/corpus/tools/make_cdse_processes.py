"""Writes corpus/processes/cdse.json: the processes the corpus graphs call that the Copernicus Data Space Ecosystem
(openeo-geopyspark-driver on openeo-python-driver) lists beside the official ones, as its GET /processes holds them.

Each definition is the driver's own, nothing written here: to_scl_dilation_mask is its JSON file as published;
slope and aspect are declared in Python (ProcessSpec in terrain.py), so the driver's ProcessSpec class, read from
the same checkout, renders them (to_dict_100, what the driver serves at GET /processes).
Usage: python3 make_cdse_processes.py DRIVER_CHECKOUT > ../processes/cdse.json
"""

import ast
import json
import logging
import os
import sys
import typing

checkout = sys.argv[1]
SPEC_FILES = ["openeo_driver/specs/openeo-processes/experimental/to_scl_dilation_mask.json"]
DECLARED = ("openeo_driver/processgraph/process_implementations/terrain.py", ["aspect", "slope"])


def read(path):
    with open(os.path.join(checkout, path), encoding="utf8") as file:
        return file.read()


def process_spec_class():
    """The driver's ProcessSpec (and the ProcessParameter it uses), compiled from its own source."""
    source = read("openeo_driver/processes.py")
    classes = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)]
    nodes = [n for n in classes if n.name in ("ProcessParameter", "ProcessSpec")]
    scope = {**vars(typing), "_log": logging.getLogger("driver")}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), "processes.py", "exec"), scope)
    return scope["ProcessSpec"]


def declared_specs(path, names):
    """The ProcessSpec each named function of `path` is declared with (@non_standard_process(spec)), as a dict."""
    scope = {"ProcessSpec": process_spec_class()}
    specs = {}
    for node in ast.parse(read(path)).body:
        if isinstance(node, ast.FunctionDef) and node.name in names:
            (decorator,) = [d for d in node.decorator_list if ast.unparse(d.func) == "non_standard_process"]
            spec = eval(compile(ast.Expression(decorator.args[0]), path, "eval"), scope)
            specs[node.name] = spec.to_dict_100()
    return [specs[name] for name in names]


processes = [json.loads(read(path)) for path in SPEC_FILES] + declared_specs(*DECLARED)
print(json.dumps({"processes": processes, "links": []}, indent=2))
