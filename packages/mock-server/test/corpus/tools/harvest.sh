#!/usr/bin/env bash
# Rebuilds the corpus from checkouts of the two source repositories (at the commits in manifest.json).
# Usage: harvest.sh MOCK_URL COMMUNITY_EXAMPLES_DIR TEST_SUITE_DIR WORK_DIR PYTHON
# MOCK_URL: a mock started with --catalog corpus/catalog.json. PYTHON: with openeo 0.53.0 and the test suite's
# dependencies. TEST_SUITE_DIR/assets/processes must hold the openEO process definitions (the suite's submodule).
set -u
mock_url=$1 examples=$2 suite=$3 work=$4 python=$5
tools=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/ce" "$work/ots"
(cd "$examples" && find . -name "*.ipynb" | sort) | while read -r notebook; do
  folder=$(dirname "$notebook" | sed 's#^\./python/##; s#^\./##; s#[^A-Za-z0-9]#_#g')
  prefix=${folder}__$(basename "$notebook" .ipynb | sed 's#[^A-Za-z0-9]#_#g')
  (cd "$examples" && MOCK_URL=$mock_url CAPTURE_DIR=$work/ce MPLBACKEND=Agg timeout 180 \
    "$python" "$tools/run_notebook.py" "$notebook" "$prefix" >"$work/$prefix.log" 2>&1)
done
(cd "$suite" && MOCK_URL=$mock_url CAPTURE_DIR=$work/ots PYTHONPATH=src:$tools timeout 300 \
  "$python" -m pytest -p capture_plugin -p no:cacheprovider -q src/openeo_test_suite/tests/workflows \
  --openeo-backend-url "$mock_url" --s2-collection SENTINEL2_L2A >"$work/suite.log" 2>&1)
"$python" "$tools/import_captures.py" "$work" "$examples" "$suite"
