"""Adds the complete graphs (those with save_result) of openeo-python-driver's tests/data/pg/1.0 to the corpus, as
published, and appends them to manifest.json. Usage: python import_driver.py DRIVER_CHECKOUT
Left out: graphs without save_result (fragments the driver's tests complete themselves)."""

import json
import os
import sys

checkout = sys.argv[1]
corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
folder = "tests/data/pg/1.0"
target = os.path.join(corpus, "graphs", "openeo-python-driver")
os.makedirs(target, exist_ok=True)
manifest_path = os.path.join(corpus, "manifest.json")
manifest = [e for e in json.load(open(manifest_path)) if not e["graph"].startswith("openeo-python-driver/")]
for name in sorted(os.listdir(os.path.join(checkout, folder))):
    if not name.endswith(".json"):
        continue
    document = json.load(open(os.path.join(checkout, folder, name)))
    graph = document.get("process", document).get("process_graph", document)
    if not any(node.get("process_id") == "save_result" for node in graph.values()):
        continue
    with open(os.path.join(target, name), "w") as out:
        out.write(json.dumps({"process_graph": graph}, separators=(",", ":")) + "\n")
    manifest.append({
        "graph": f"openeo-python-driver/{name[:-5]}",
        "repo": "Open-EO/openeo-python-driver",
        "path": f"{folder}/{name}",
        "commit": "9e5b49b2f7d482bf6132f94d85b74f0202a1f455",
        "license": "Apache-2.0",
        "made": "copied as published: a graph the driver's own tests send",
    })
with open(manifest_path, "w") as out:
    json.dump(manifest, out, indent=1)
    out.write("\n")
print(len(manifest), "graphs")
