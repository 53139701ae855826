"""The plugin's own behaviour, seen from outside: inner pytest sessions run in subprocesses."""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

RECORD = """
import json, os, pathlib
def record(jobkit_mock, name, **extra):
    with pathlib.Path(os.environ["JOBKIT_RECORD"]).open("a") as f:
        f.write(json.dumps({"name": name, "pid": jobkit_mock.pid, **extra}) + "\\n")
"""


def group_alive(pid: int) -> bool:
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return False
    return True


def records(path: Path) -> dict[str, dict]:
    return {r["name"]: r for r in map(json.loads, path.read_text().splitlines())}


@pytest.fixture
def record_file(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = pytester.path / "records.jsonl"
    monkeypatch.setenv("JOBKIT_RECORD", str(path))
    pytester.makeconftest(RECORD)
    return path


def test_one_mock_serves_the_session_reset_before_each_test_and_ends_with_it(
    pytester: pytest.Pytester, record_file: Path
) -> None:
    pytester.makepyfile(
        """
        from conftest import record
        import pytest

        @pytest.mark.parametrize("n", [1, 2, 3])
        def test_fresh(jobkit_mock, n):
            assert jobkit_mock.jobs() == [] and jobkit_mock.journal() == []
            jobkit_mock.connect().create_job({"p": {"process_id": "load_collection",
                "arguments": {"id": "DEMO_DEM"}, "result": True}})
            jobkit_mock.advance(n * 1000)
            record(jobkit_mock, f"t{n}", jobs=len(jobkit_mock.jobs()))
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    seen = records(record_file)
    assert [seen[f"t{n}"]["jobs"] for n in (1, 2, 3)] == [1, 1, 1]
    assert len({seen[f"t{n}"]["pid"] for n in (1, 2, 3)}) == 1
    assert not group_alive(seen["t1"]["pid"])


def test_a_different_configuration_restarts_the_mock(pytester: pytest.Pytester, record_file: Path) -> None:
    pytester.makepyfile(
        """
        from conftest import record
        import pytest
        GRAPH = {"p": {"process_id": "load_collection", "arguments": {"id": "DEMO_DEM"}, "result": True}}

        @pytest.mark.jobkit(seed=7)
        @pytest.mark.parametrize("n", [1, 2])
        def test_seven(jobkit_mock, n):
            record(jobkit_mock, f"seven{n}", id=jobkit_mock.connect().create_job(GRAPH).job_id)

        @pytest.mark.jobkit(seed=8)
        def test_eight(jobkit_mock):
            record(jobkit_mock, "eight", id=jobkit_mock.connect().create_job(GRAPH).job_id)
        """
    )
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=3)
    seen = records(record_file)
    assert seen["seven1"]["id"] == seen["seven2"]["id"]
    assert seen["seven1"]["id"] != seen["eight"]["id"]
    assert seen["seven1"]["pid"] == seen["seven2"]["pid"] != seen["eight"]["pid"]
    assert not any(group_alive(r["pid"]) for r in seen.values())


WAITING_TEST = """
import time
from conftest import record

def test_waits(jobkit_mock):
    record(jobkit_mock, "waiting")
    time.sleep(60)
"""


@contextlib.contextmanager
def waiting_session(pytester: pytest.Pytester, record_file: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """An inner pytest whose one test holds the mock for 60 s, and the mock's pid; killed on exit if still alive."""
    pytester.makepyfile(WAITING_TEST)
    inner = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"],
        cwd=pytester.path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not record_file.exists() and time.monotonic() < deadline and inner.poll() is None:
            time.sleep(0.05)
        pid = records(record_file)["waiting"]["pid"]
        assert group_alive(pid)
        yield inner, pid
    finally:
        if inner.poll() is None:
            inner.kill()
            inner.communicate(timeout=10)


def test_ctrl_c_stops_the_mock(pytester: pytest.Pytester, record_file: Path) -> None:
    with waiting_session(pytester, record_file) as (inner, pid):
        inner.send_signal(signal.SIGINT)
        output, _ = inner.communicate(timeout=30)
    assert "KeyboardInterrupt" in output
    assert not group_alive(pid)


def test_a_killed_pytest_takes_its_mock_along(pytester: pytest.Pytester, record_file: Path) -> None:
    with waiting_session(pytester, record_file) as (inner, pid):
        inner.kill()  # SIGKILL: no teardown, no atexit
        inner.communicate(timeout=10)
    deadline = time.monotonic() + 10
    while group_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not group_alive(pid)


def test_a_missing_mock_command_fails_with_what_to_install(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_needs_mock(jobkit_mock):\n    pass\n")
    result = pytester.runpytest_subprocess("--jobkit-mock-command", "/nowhere/jobkit-mock")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "pytest-jobkit: the jobkit mock command '/nowhere/jobkit-mock' cannot be run"
            " (/nowhere/jobkit-mock not found). Install Node.js ≥ 20.19 and the mock"
            " (`npm install --save-dev @jobkit/mock-server`)*"
        ]
    )


def test_without_node_on_path_it_says_so(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBKIT_MOCK_COMMAND", raising=False)
    monkeypatch.setenv("PATH", str(pytester.mkdir("empty-bin")))
    pytester.makepyfile("def test_needs_mock(jobkit_mock):\n    pass\n")
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["pytest-jobkit: cannot start the jobkit mock: neither jobkit-mock nor npx (Node.js) is on PATH. Install*"]
    )


def test_a_mock_that_never_answers_is_stopped_after_the_start_budget(pytester: pytest.Pytester) -> None:
    pid_file = pytester.path / "silent.pid"
    silent = f"import os,time; open({str(pid_file)!r},'w').write(str(os.getpid())); time.sleep(60)"
    pytester.makepyfile("def test_needs_mock(jobkit_mock):\n    pass\n")
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(silent)}"
    started = time.monotonic()
    result = pytester.runpytest_subprocess("--jobkit-mock-command", command, "--jobkit-start-timeout", "1")
    assert time.monotonic() - started < 30
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*did not answer within 1 s. Its output:*"])
    assert not group_alive(int(pid_file.read_text()))


def test_a_mock_that_exits_shows_its_output(pytester: pytest.Pytester) -> None:
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote('import sys; print(sys.argv[1:]); sys.exit(3)')}"
    pytester.makepyfile("def test_needs_mock(jobkit_mock):\n    pass\n")
    result = pytester.runpytest_subprocess("--jobkit-mock-command", command)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "*exited with code 3. Its output:*",
            "*'--host', '127.0.0.1', '--port', '0', '--exit-with-stdin', '--timing', 'virtual'*",
        ]
    )


def test_an_unknown_marker_argument_is_refused(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.jobkit(timming="poll")
        def test_typo(jobkit_mock):
            pass
        """
    )
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*@pytest.mark.jobkit does not know timming; it takes api_version, *"])


def test_an_api_version_the_mock_does_not_serve_is_refused_before_it_starts(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.jobkit(api_version="1.1.0")
        def test_old(jobkit_mock):
            pass
        """
    )
    result = pytester.runpytest_subprocess("--jobkit-mock-command", "false")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*pytest-jobkit: api_version must be one of 1.3.0, 1.2.0, got '1.1.0'.*"])


def test_exit_code_5_when_nothing_is_collected(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def helper(jobkit_mock):\n    pass\n")
    assert pytester.runpytest_subprocess().ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_the_readme_example_passes(pytester: pytest.Pytester) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("## A test\n\n```python\n", 1)[1].split("```", 1)[0]
    assert len(example.strip().splitlines()) == 10
    pytester.makepyfile(test_readme=example)
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_npx_without_the_mock_says_what_to_install(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = pytester.mkdir("fake-bin")
    npx = bin_dir / "npx"
    npx.write_text("#!/bin/sh\necho 'npm error 404 Not Found - GET https://registry.npmjs.org/jobkit-mock'\nexit 1\n")
    npx.chmod(0o755)
    monkeypatch.delenv("JOBKIT_MOCK_COMMAND", raising=False)
    monkeypatch.setenv("PATH", str(bin_dir))
    pytester.makepyfile("def test_needs_mock(jobkit_mock):\n    pass\n")
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            "pytest-jobkit: the jobkit mock (*/fake-bin/npx --no-install jobkit-mock --host 127.0.0.1 *)"
            " exited with code 1*",
            "npm error 404 Not Found*",
            "npx did not find jobkit-mock. Install Node.js ≥ 20.19 and the mock*",
        ]
    )


def test_command_line_options_set_the_session_defaults(pytester: pytest.Pytester, record_file: Path) -> None:
    pytester.makepyfile(
        """
        from conftest import record
        EXTENT = {"west": 5, "south": 50, "east": 5.1, "north": 50.1}
        LOAD = {"id": "DEMO_DEM", "spatial_extent": EXTENT, "temporal_extent": None}
        GRAPH = {"p": {"process_id": "load_collection", "arguments": LOAD, "result": True}}

        def test_defaults(jobkit_mock):
            job = jobkit_mock.connect().create_job(GRAPH)
            job.start()
            record(jobkit_mock, "defaults", id=job.job_id, statuses=[job.status() for _ in range(3)])
        """
    )
    for seed in ("3", "4"):
        result = pytester.runpytest_subprocess(
            "-p", "no:cacheprovider", "--jobkit-timing", "poll", "--jobkit-seed", seed
        )
        result.assert_outcomes(passed=1)
        record_file.rename(record_file.with_suffix(f".{seed}"))
    three, four = (records(record_file.with_suffix(f".{seed}"))["defaults"] for seed in ("3", "4"))
    assert three["statuses"] == ["running", "running", "finished"]
    assert three["id"] != four["id"]
    result = pytester.runpytest_subprocess("--jobkit-seed", "-1")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["pytest-jobkit: seed must be an integer ≥ 0, got -1."])
