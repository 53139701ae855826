#!/usr/bin/env bash
# Adds the graphs of the JS client's examples and tests and of openEO's own documents (at the commits in
# import_docs.py), as harvest.sh does for the community examples and the test suite.
# Usage: harvest_docs.sh MOCK_URL MOCK_USER JS_CLIENT_DIR OPENEO_ORG_DIR OPENEO_API_DIR WORK_DIR PYTHON
# MOCK_URL: a mock started with --catalog corpus/catalog.json and --user MOCK_USER (name:password).
# PYTHON: with openeo 0.53.0; python3 (for import_docs.py): with PyYAML. The official JS client is the repository's own (@openeo/js-client in node_modules).
set -u
mock_url=$1 mock_user=$2 js_client=$3 org=$4 api=$5 work=$6 python=$7
tools=$(cd "$(dirname "$0")" && pwd)
docs=$org/documentation/1.0
rm -rf "$work" && mkdir -p "$work/js" "$work/org" "$work/run"
# the cookbook takes its connection (`con`) from the getting-started pages
connect_py=$'import openeo\ncon = openeo.connect("https://earthengine.openeo.org")'
connect_js='var con = await OpenEO.connect("https://earthengine.openeo.org");'
js() { (cd "$work/run" && MOCK_URL=$mock_url MOCK_USER=$mock_user CAPTURE_DIR=$work/$1 timeout 150 node "$tools/run_js.cjs" "${@:2}" >>"$work/js.log" 2>&1); }
py() { (cd "$work/run" && MOCK_URL=$mock_url CAPTURE_DIR=$work/org MPLBACKEND=Agg timeout 180 "$python" "$tools/run_notebook.py" "$@" >>"$work/py.log" 2>&1); }
js js "$js_client/examples/web/workflow.html" examples_web_workflow
js org "$docs/javascript/index.md" javascript__index
js org "$docs/cookbook/README.md" cookbook__README_js "$connect_js"
py "$docs/python/index.md" python__index
py "$docs/cookbook/README.md" cookbook__README_py "$connect_py"
python3 "$tools/import_docs.py" "$work" "$js_client" "$api"
