"""The pytest plugin: command-line options, the ``jobkit`` marker and the ``jobkit_mock`` fixture."""

from __future__ import annotations

import atexit
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from .command import resolve_mock_command
from .config import MockConfig
from .control import JobkitMock
from .errors import JobkitMockError
from .supervisor import MockSupervisor

T = TypeVar("T")

MARKER = (
    "jobkit(timing=None, seed=None, users=None, results_type=None, api_version=None): "
    "run this test against a jobkit mock with this configuration"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("jobkit", "jobkit mock openEO back-end")
    group.addoption(
        "--jobkit-timing",
        choices=("virtual", "poll", "wall"),
        default="virtual",
        help="how the mock's jobs progress by default: virtual (only jobkit_mock.advance moves time), poll, wall",
    )
    group.addoption("--jobkit-seed", type=int, default=None, help="the mock's seed (ids, tokens, outputs)")
    group.addoption(
        "--jobkit-mock-command",
        default=None,
        help="command that starts the mock (else $JOBKIT_MOCK_COMMAND, jobkit-mock on PATH, "
        "npx --no-install jobkit-mock)",
    )
    group.addoption(
        "--jobkit-start-timeout", type=float, default=30.0, help="seconds the mock may take to start (default 30)"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER)


@pytest.fixture(scope="session")
def _jobkit_supervisor(pytestconfig: pytest.Config) -> Iterator[MockSupervisor]:
    command = _or_fail(lambda: resolve_mock_command(pytestconfig.getoption("jobkit_mock_command")))
    supervisor = MockSupervisor(command, pytestconfig.getoption("jobkit_start_timeout"))
    # Session teardown stops it (also after Ctrl-C); atexit covers an interpreter that ends another way.
    atexit.register(supervisor.stop)
    try:
        yield supervisor
    finally:
        supervisor.stop()
        atexit.unregister(supervisor.stop)


@pytest.fixture
def jobkit_mock(request: pytest.FixtureRequest, _jobkit_supervisor: MockSupervisor) -> JobkitMock:
    """The session's jobkit mock, reset before this test and configured by its ``jobkit`` markers."""
    config = _or_fail(lambda: _test_config(request))
    return _or_fail(lambda: _jobkit_supervisor.mock_for(config))


def _test_config(request: pytest.FixtureRequest) -> MockConfig:
    """The session's defaults from the command line, then the test's markers."""
    options = request.config
    config = MockConfig(timing=options.getoption("jobkit_timing"), seed=options.getoption("jobkit_seed"))
    # Module and class markers first, so the test's own marker wins where both set a value.
    for marker in reversed(list(request.node.iter_markers("jobkit"))):
        if marker.args:
            raise JobkitMockError("ConfigInvalid", "@pytest.mark.jobkit takes keyword arguments only.")
        config = config.with_overrides(marker.kwargs)
    return config


def _or_fail(step: Callable[[], T]) -> T:
    """Runs a set-up step; a JobkitMockError fails the test with its message alone, without a traceback."""
    try:
        return step()
    except JobkitMockError as error:
        message = str(error)
    pytest.fail(message, pytrace=False)
