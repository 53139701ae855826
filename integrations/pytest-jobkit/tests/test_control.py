"""The control methods of the jobkit_mock fixture, and JobkitMockError."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pytest_jobkit import JobkitMock, JobkitMockError


def test_the_clock_starts_at_2025_and_moves_only_when_advanced(jobkit_mock: JobkitMock) -> None:
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    assert jobkit_mock.now() == start
    assert jobkit_mock.advance(1_500) == datetime(2025, 1, 1, 0, 0, 1, 500_000, tzinfo=timezone.utc)
    assert jobkit_mock.now() == datetime(2025, 1, 1, 0, 0, 1, 500_000, tzinfo=timezone.utc)


def test_faults_are_added_removed_and_cleared(jobkit_mock: JobkitMock) -> None:
    connection = jobkit_mock.connect()
    first = jobkit_mock.add_fault({"match": {"path": "/me"}, "action": {"type": "error", "status": 500}})
    with pytest.raises(Exception, match="Internal"):
        connection.describe_account()
    jobkit_mock.remove_fault(first)
    assert connection.describe_account()["user_id"] == "alice"
    jobkit_mock.add_fault({"match": {"path": "/me"}, "action": {"type": "error", "status": 500}})
    jobkit_mock.clear_faults()
    assert connection.describe_account()["user_id"] == "alice"


def test_control_failures_raise_jobkit_mock_error_with_the_mocks_code(jobkit_mock: JobkitMock) -> None:
    with pytest.raises(JobkitMockError) as raised:
        jobkit_mock.add_fault({"action": {"type": "explode"}})
    assert (raised.value.code, raised.value.status) == ("FaultInvalid", 400)
    assert str(raised.value).startswith("pytest-jobkit: POST ")
    with pytest.raises(JobkitMockError) as raised:
        jobkit_mock.remove_fault("fault-99")
    assert (raised.value.code, raised.value.status) == ("NotFound", 404)
    with pytest.raises(JobkitMockError) as raised:
        jobkit_mock.advance(-1)
    assert raised.value.code == "RequestInvalid"
    with pytest.raises(JobkitMockError) as raised:
        jobkit_mock.jobs("mallory")
    assert raised.value.code == "RequestInvalid"
    with pytest.raises(JobkitMockError) as raised:
        jobkit_mock.connect(auth="kerberos")
    assert raised.value.code == "AuthUnknown"


def test_the_journal_lists_requests_with_user_and_mock_time(jobkit_mock: JobkitMock) -> None:
    connection = jobkit_mock.connect("bob")
    jobkit_mock.advance(250)
    connection.describe_account()
    entries = jobkit_mock.journal()
    assert {"method", "path", "status", "user", "time"} <= set(entries[-1])
    me = entries[-1]
    assert (me["method"], me["path"], me["status"], me["user"]) == ("GET", "/me", 200, "bob")
    assert me["time"] == datetime(2025, 1, 1, tzinfo=timezone.utc).timestamp() * 1000 + 250
    discovery = entries[0]
    assert discovery["user"] is None


def test_reset_forgets_jobs_tokens_and_time(jobkit_mock: JobkitMock, s2_cube) -> None:
    connection = jobkit_mock.connect()
    s2_cube(connection).create_job(out_format="GTiff")
    jobkit_mock.advance(10)
    jobkit_mock.reset()
    assert jobkit_mock.jobs() == []
    assert jobkit_mock.journal() == []
    assert jobkit_mock.now() == datetime(2025, 1, 1, tzinfo=timezone.utc)
    with pytest.raises(Exception, match="TokenInvalid"):
        connection.describe_account()
