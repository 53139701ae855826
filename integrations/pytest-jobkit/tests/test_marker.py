"""The jobkit marker configures the mock for one test or a whole module."""

from __future__ import annotations

import pytest

from pytest_jobkit import JobkitMock, JobkitMockError


@pytest.mark.jobkit(timing="poll")
def test_poll_timing_finishes_a_job_after_three_polls(jobkit_mock: JobkitMock, s2_cube) -> None:
    job = s2_cube(jobkit_mock.connect()).create_job(out_format="GTiff")
    job.start()
    assert [job.status() for _ in range(4)] == ["running", "running", "finished", "finished"]
    polls = [e for e in jobkit_mock.journal() if e["path"] == f"/jobs/{job.job_id}" and e["method"] == "GET"]
    assert len(polls) == 4


@pytest.mark.jobkit(seed=7, users=["carol:secret:50", {"name": "dave", "password": "pw"}], results_type="Collection")
def test_users_seed_and_results_type_reach_the_mock(jobkit_mock: JobkitMock, s2_cube) -> None:
    assert jobkit_mock.users == {"carol": "secret", "dave": "pw"}
    carol = jobkit_mock.connect("carol")
    assert carol.describe_account()["user_id"] == "carol"
    job = s2_cube(carol).create_job(out_format="GTiff")
    job.start()
    jobkit_mock.advance(4_000)
    assert job.get_results().get_metadata()["type"] == "Collection"
    with pytest.raises(JobkitMockError, match="no user 'alice'; it has carol, dave") as raised:
        jobkit_mock.connect("alice")
    assert raised.value.code == "UserUnknown"


@pytest.mark.jobkit(api_version="1.2.0")
def test_api_version_connects_at_that_version(jobkit_mock: JobkitMock) -> None:
    connection = jobkit_mock.connect()
    assert connection.capabilities().api_version() == "1.2.0"


@pytest.mark.jobkit(users=["erin:pass word / 2 (credit 9):7"])
def test_users_come_from_the_ready_line_whatever_their_passwords(jobkit_mock: JobkitMock) -> None:
    assert jobkit_mock.users == {"erin": "pass word / 2 (credit 9)"}
    assert jobkit_mock.connect("erin").describe_account()["user_id"] == "erin"
