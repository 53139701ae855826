"""Adds the graphs of the official JS client's examples and tests and of openEO's own documents to the corpus (one
compact JSON file each, a graph identical to one already kept is left out) and appends them to manifest.json, after
import_captures.py and import_driver.py. Usage: python3 import_docs.py WORK_DIR JS_CLIENT_CHECKOUT OPENEO_API_CHECKOUT (needs PyYAML)
WORK_DIR: what harvest_docs.sh captured (js/ and org/). Left out: the JS client's builder.evi and builder.math.evi
examples (user-defined processes with a parameter and no value for it, not graphs for jobs)."""

import glob
import hashlib
import json
import os
import sys

import yaml

work, js_client, api = sys.argv[1:4]
corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
JS_CLIENT = {"repo": "Open-EO/openeo-js-client", "commit": "76efc3fc3c22afa05517e4a8715f15150362745b"}
ORG = {"repo": "Open-EO/openeo.org", "commit": "1c6fadcdc6da9ac2d7a734cfbb364948ef17ef83"}
API = {"repo": "Open-EO/openeo-api", "commit": "c5a45b4647b06e313a4f099e9119bfa3cca5c6a3"}
JS_RUN = ("run by tools/run_js.cjs with the official JS client @openeo/js-client 2.12.0 against the local mock; the "
          "graph is the one the client would have sent at {how}")
PY_RUN = ("the page's ```python blocks run in order by tools/run_notebook.py with the official Python client openeo "
          "0.53.0 against the local mock; the graph is the one the client would have sent at {how}")
PAGES = {  # capture prefix: (source, repository, path, how it was made)
    "examples_web_workflow": ("openeo-js-client", JS_CLIENT, "examples/web/workflow.html",
                              "the page's script (then its run(), as its onload does) " + JS_RUN),
    "javascript__index": ("openeo-org", ORG, "documentation/1.0/javascript/index.md",
                          "the page's ```js blocks in order " + JS_RUN),
    "cookbook__README_js": ("openeo-org", ORG, "documentation/1.0/cookbook/README.md",
                            "the page's ```js blocks in order, after the getting-started page's OpenEO.connect, "
                            + JS_RUN),
    "python__index": ("openeo-org", ORG, "documentation/1.0/python/index.md", PY_RUN),
    "cookbook__README_py": ("openeo-org", ORG, "documentation/1.0/cookbook/README.md",
                            "after the getting-started page's openeo.connect, " + PY_RUN),
}
PUBLISHED = [  # (source, repository, checkout, path, how it was made)
    ("openeo-js-client", JS_CLIENT, js_client, "tests/data/builder.s1.example.json",
     "copied as published: the graph the client's Builder test (tests/builder.s1.test.js) builds and checks"),
    ("openeo-js-client", JS_CLIENT, js_client, "tests/data/test-api/processgraph.json",
     "copied as published: a graph the client's tests (tests/test-api.test.js) send to a back-end"),
    ("openeo-js-client", JS_CLIENT, js_client, "tests/data/test-api/simpleCalculation.json",
     "copied as published: a graph the client's tests (tests/test-api.test.js) send to a back-end"),
    ("openeo-api", API, api, "assets/pg-evi-example.json", "copied as published: the API's example process graph"),
    ("openeo-api", API, api, "openapi.yaml#/components/schemas/process_graph/example",
     "copied as published: the example of the process_graph schema in the API's OpenAPI document"),
]
SOURCES = {"openeo-js-client", "openeo-org", "openeo-api"}


def compact(graph):
    return json.dumps({"process_graph": graph}, separators=(",", ":"))


manifest_path = os.path.join(corpus, "manifest.json")
manifest = [e for e in json.load(open(manifest_path)) if e["graph"].split("/")[0] not in SOURCES]
added = []
seen = {hashlib.sha256(open(p).read().strip().encode()).hexdigest()
        for p in glob.glob(os.path.join(corpus, "graphs", "*", "*.json"))
        if os.path.basename(os.path.dirname(p)) not in SOURCES}


def keep(source, name, graph, origin, path, made):
    text = compact(graph)
    digest = hashlib.sha256(text.encode()).hexdigest()
    if digest in seen:
        return
    seen.add(digest)
    os.makedirs(os.path.join(corpus, "graphs", source), exist_ok=True)
    with open(os.path.join(corpus, "graphs", source, name + ".json"), "w") as out:
        out.write(text + "\n")
    added.append({"graph": f"{source}/{name}", "repo": origin["repo"], "path": path, "commit": origin["commit"],
                     "license": "Apache-2.0", "made": made})


for path in sorted(glob.glob(os.path.join(work, "js", "*.json")) + glob.glob(os.path.join(work, "org", "*.json"))):
    captured = json.load(open(path))
    name = os.path.basename(path)[:-5]
    source, origin, page, made = PAGES[name.rsplit("-", 1)[0]]
    keep(source, name, captured["process_graph"], origin, page, made.format(how=captured["captured_by"]))


def published(checkout, path):
    """The graph at path: a JSON file, or the node of a YAML file that a JSON pointer after # names."""
    file, _, pointer = path.partition("#")
    if not pointer:
        return json.load(open(os.path.join(checkout, file)))
    document = yaml.safe_load(open(os.path.join(checkout, file)))
    for key in pointer.strip("/").split("/"):
        document = document[key]
    return document


def name_of(path):
    file, _, pointer = path.partition("#")
    stem = os.path.splitext(os.path.basename(file))[0]
    if pointer:
        return stem + "__" + "_".join(pointer.strip("/").split("/")[-2:])
    return f"{file.split('/')[-2]}__{stem}" if "/test-api/" in file else stem


for source, origin, checkout, path, made in PUBLISHED:
    document = published(checkout, path)
    keep(source, name_of(path), document.get("process_graph", document), origin, path, made)
manifest += sorted(added, key=lambda entry: entry["graph"])
with open(manifest_path, "w") as out:
    json.dump(manifest, out, indent=1)
    out.write("\n")
print(len(manifest), "graphs")
