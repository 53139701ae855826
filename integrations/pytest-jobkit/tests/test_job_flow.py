"""Batch jobs through the official openeo client against the plugin's mock."""

from __future__ import annotations

import pytest
from openeo.rest import JobFailedException, OpenEoApiError, OpenEoApiPlainError

from pytest_jobkit import JobkitMock

# queued 1 s + running 3 s in the mock's default timing
JOB_MS = 4_000
LINK_TTL_MS = 3_600_000


def test_a_job_runs_in_virtual_time_and_its_files_download(jobkit_mock: JobkitMock, s2_cube, tmp_path) -> None:
    connection = jobkit_mock.connect()
    job = s2_cube(connection).create_job(out_format="JSON", title="flow")
    assert job.status() == "created"
    job.start()
    assert job.status() == "queued"
    jobkit_mock.advance(JOB_MS - 1)
    assert job.status() == "running"
    jobkit_mock.advance(1)
    assert job.status() == "finished"

    results = job.get_results()
    paths = results.download_files(tmp_path)
    assert sorted(p.name for p in paths) == ["job-results.json", "result.json"]  # the client adds the metadata
    data = results.get_asset("result.json").load_json()
    assert data["type"] == "datacube"  # openEO's JSON form of the cube the job computed
    assert data["dimensions"]["bands"]["values"] == ["B04", "B08"]
    assert all("2021-01-01" <= t < "2021-02-01" for t in data["dimensions"]["t"]["values"])
    [held] = jobkit_mock.jobs("alice")
    assert (held["id"], held["status"], held["title"]) == (job.job_id, "finished", "flow")
    assert [f["name"] for f in held["files"]] == ["result.json"]
    assert (tmp_path / "result.json").stat().st_size == held["files"][0]["size"]


@pytest.mark.jobkit(timing="poll")
def test_polling_carries_on_through_two_503s(jobkit_mock: JobkitMock, s2_cube) -> None:
    connection = jobkit_mock.connect()
    job = s2_cube(connection).create_job(out_format="GTiff")
    jobkit_mock.add_fault(
        {
            "match": {"method": "GET", "path": f"/jobs/{job.job_id}"},
            "times": 2,
            "action": {"type": "error", "status": 503, "retryAfter": 1},
        }
    )
    job.start_and_wait(max_poll_interval=0.05)
    assert job.status() == "finished"
    polls = [e["status"] for e in jobkit_mock.journal() if e["path"] == f"/jobs/{job.job_id}"]
    assert polls[:3] == [503, 503, 200]
    assert set(polls[3:]) == {200}


@pytest.mark.jobkit(timing="poll")
def test_a_failing_job_raises_job_failed_with_the_error_logs(
    jobkit_mock: JobkitMock, s2_cube, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = jobkit_mock.connect()
    job = s2_cube(connection, "NOT_A_COLLECTION").create_job(out_format="GTiff")
    with pytest.raises(JobFailedException, match="didn't finish successfully. Status: error"):
        job.start_and_wait(max_poll_interval=0.05)
    assert "CollectionNotFound" in capsys.readouterr().out
    errors = job.logs(level="error")
    assert [entry["code"] for entry in errors] == ["CollectionNotFound"]
    [held] = jobkit_mock.jobs()
    assert held["status"] == "error"


def test_an_expired_result_link_fails_the_download_and_fresh_links_work(
    jobkit_mock: JobkitMock, s2_cube, tmp_path
) -> None:
    connection = jobkit_mock.connect()
    job = s2_cube(connection).create_job(out_format="GTiff")
    job.start()
    jobkit_mock.advance(JOB_MS)
    stale = job.get_results()
    stale.get_metadata()
    jobkit_mock.advance(LINK_TTL_MS + 1)
    with pytest.raises(OpenEoApiPlainError) as raised:
        stale.download_files(tmp_path / "stale")
    assert raised.value.http_status_code == 410
    assert getattr(raised.value, "code", None) == "ResultLinkExpired"
    downloads = [e for e in jobkit_mock.journal() if e["path"].startswith("/download/")]
    assert downloads and {e["status"] for e in downloads} == {410}
    fresh = job.get_results().download_files(tmp_path / "fresh")
    tiffs = sorted(p.name for p in fresh if p.suffix == ".tif")  # one GeoTIFF per date of January
    assert tiffs[0] == "openEO_2021-01-01Z.tif" and len(tiffs) > 1
    assert (tmp_path / "fresh" / tiffs[0]).read_bytes()[:4] in (b"II*\x00", b"MM\x00*")


def test_users_see_only_their_own_jobs(jobkit_mock: JobkitMock, s2_cube) -> None:
    alice = jobkit_mock.connect("alice")
    bob = jobkit_mock.connect("bob")
    job = s2_cube(alice).create_job(out_format="GTiff")
    with pytest.raises(OpenEoApiError) as raised:
        bob.job(job.job_id).describe()
    assert (raised.value.http_status_code, raised.value.code) == (404, "JobNotFound")
    assert [j["id"] for j in bob.list_jobs()] == []
    assert [j["id"] for j in alice.list_jobs()] == [job.job_id]
    assert [j["owner"] for j in jobkit_mock.jobs()] == ["alice"]
    assert jobkit_mock.jobs("bob") == []


def test_oidc_client_credentials_sign_in_and_run_a_job(jobkit_mock: JobkitMock, s2_cube) -> None:
    connection = jobkit_mock.connect("bob", auth="oidc")
    assert connection.describe_account()["user_id"] == "bob"
    job = s2_cube(connection).create_job(out_format="GTiff")
    job.start()
    jobkit_mock.advance(JOB_MS)
    assert job.status() == "finished"
    assert [j["owner"] for j in jobkit_mock.jobs()] == ["bob"]
    token_requests = [e for e in jobkit_mock.journal() if e["method"] == "POST" and "token" in e["path"]]
    assert [e["status"] for e in token_requests] == [200]
