"""A pytest plugin for openeo-test-suite's workflow tests: each test's graphs are captured (see capture.py),
named after the test. Usage (from the suite's checkout, MOCK_URL and CAPTURE_DIR set):
PYTHONPATH=src:TOOLS python -m pytest -p capture_plugin src/openeo_test_suite/tests/workflows \
  --openeo-backend-url $MOCK_URL --s2-collection SENTINEL2_L2A
"""

import re

import capture
import pytest


@pytest.fixture(autouse=True)
def name_captures(request):
    capture.state["prefix"] = re.sub(r"[^A-Za-z0-9]+", "_", request.node.name).strip("_")
    capture.state["count"] = 0
    yield
