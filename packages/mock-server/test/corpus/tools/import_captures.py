"""Copies captured graphs into corpus/graphs/<source>/ (one compact JSON file each, identical graphs once) and
writes corpus/manifest.json. Usage: python import_captures.py CAPTURE_ROOT NOTEBOOK_ROOT SUITE_ROOT"""

import glob
import hashlib
import json
import os
import re
import sys

capture_root, notebook_root, suite_root = sys.argv[1:4]
corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = {
    "ce": {
        "source": "community-examples",
        "repo": "Open-EO/openeo-community-examples",
        "commit": "9c069f24fdaad5e7a89a256a3881b3eb444180f2",
        "license": "Apache-2.0",
        "made": "the notebook's code cells run in order by tools/run_notebook.py with the official Python client "
        "openeo 0.53.0 against the local mock; the graph is the one the client would have sent at {how}",
    },
    "ots": {
        "source": "openeo-test-suite",
        "repo": "Open-EO/openeo-test-suite",
        "commit": "4127e8f9604098c09a645a0f8c9c9f400fc2c02b",
        "license": "Apache-2.0",
        "made": "the workflow test run by pytest with tools/capture_plugin.py (--s2-collection SENTINEL2_L2A) and "
        "the official Python client openeo 0.53.0 against the local mock; the graph is the one the test would "
        "have sent at {how}",
    },
}


def notebook_paths():
    found = {}
    for path in glob.glob(os.path.join(notebook_root, "**/*.ipynb"), recursive=True):
        rel = os.path.relpath(path, notebook_root)
        folder = re.sub(r"^python/", "", os.path.dirname(rel))
        key = re.sub(r"[^A-Za-z0-9]", "_", folder) + "__" + re.sub(r"[^A-Za-z0-9]", "_", os.path.basename(rel)[:-6])
        found[key] = rel
    return found


def test_paths():
    found = {}
    for path in glob.glob(os.path.join(suite_root, "src/openeo_test_suite/tests/workflows/**/*.py"), recursive=True):
        for name in re.findall(r"^def (test_\w+)", open(path).read(), re.M):
            found[name] = os.path.relpath(path, suite_root)
    return found


def origin(short, stem):
    if short == "ce":
        return notebook_paths()[stem]
    paths = test_paths()
    name = max((n for n in paths if stem.startswith(n)), key=len)
    return paths[name]


manifest, seen = [], set()
for short, info in SOURCES.items():
    os.makedirs(os.path.join(corpus, "graphs", info["source"]), exist_ok=True)
    for path in sorted(glob.glob(os.path.join(capture_root, short, "*.json"))):
        captured = json.load(open(path))
        text = json.dumps({"process_graph": captured["process_graph"]}, separators=(",", ":"))
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        name = os.path.basename(path)[:-5]
        stem = name.rsplit("-", 1)[0]
        with open(os.path.join(corpus, "graphs", info["source"], name + ".json"), "w") as out:
            out.write(text + "\n")
        manifest.append({
            "graph": f"{info['source']}/{name}",
            "repo": info["repo"],
            "path": origin(short, stem),
            "commit": info["commit"],
            "license": info["license"],
            "made": info["made"].format(how=captured["captured_by"]),
        })
with open(os.path.join(corpus, "manifest.json"), "w") as out:
    json.dump(manifest, out, indent=1)
    out.write("\n")
print(len(manifest), "graphs")
