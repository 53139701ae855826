"""A module-level jobkit marker, refined by a test's own marker."""

from __future__ import annotations

import pytest

from pytest_jobkit import JobkitMock

pytestmark = pytest.mark.jobkit(timing="poll", users=["erin:erin-pw"])


@pytest.mark.jobkit(users=["frank:frank-pw"])
def test_the_tests_marker_wins_and_the_modules_timing_stays(jobkit_mock: JobkitMock, s2_cube) -> None:
    assert jobkit_mock.users == {"frank": "frank-pw"}
    job = s2_cube(jobkit_mock.connect("frank")).create_job(out_format="GTiff")
    job.start()
    assert [job.status() for _ in range(3)] == ["running", "running", "finished"]


def test_the_modules_marker_alone(jobkit_mock: JobkitMock) -> None:
    assert jobkit_mock.users == {"erin": "erin-pw"}
