"""The official openEO Python client (`openeo`), unmodified, against a running openEO back-end.

Usage: python flow.py [URL] [AUTH]   (without URL: the OPENEO_URL environment variable, as a wrapping proxy sets it)

The API version the back-end must speak is JOBKIT_API_VERSION (default 1.3.0). AUTH picks how the flow
authenticates (default ``basic``):
  basic               authenticate_basic
  client-credentials  authenticate_oidc_client_credentials (alice-client / alice123)
  device              authenticate_oidc_device with PKCE, approved by the mock; the refresh token is stored
  oidc-env            authenticate_oidc() with OPENEO_AUTH_METHOD=client_credentials and its variables

Prints one line per step (``✓ step`` or ``✗ step: request → response``) and ends with
``N passed, N failed``; the exit code is 1 when any step failed.
"""

import hashlib
import logging
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from datetime import datetime
from pathlib import Path
from typing import Callable, List

import openeo
import requests
import tifffile
from netcdf_check import check_netcdf
from openeo.api.process import Parameter
from openeo.rest import JobFailedException, OpenEoApiError, OpenEoClientException
from openeo.rest.datacube import THIS

API_VERSION = os.environ.get("JOBKIT_API_VERSION", "1.3.0")  # the version the mock serves, passed by the runner
USER, PASSWORD = "alice", "alice123"
CLIENT_ID = f"{USER}-client"
AUTH_MODES = ("basic", "client-credentials", "device", "oidc-env")
DEVICE_POLL_BUDGET_S = 30
COLLECTION = "SENTINEL2_L2A"
EXTENT = {"west": 5.0, "south": 51.2, "east": 5.1, "north": 51.3}
UTM_EXTENT = {"west": 500000, "south": 5600000, "east": 510000, "north": 5610000}  # metres, EPSG:32632
# one observation date (SENTINEL2_L2A has one every 5 days, 2024-06-04 among them): one GeoTIFF per save_result
TEMPORAL = ["2024-06-04", "2024-06-09"]
BANDS = ["B04", "B08"]
POLL = 0.2  # seconds between status polls (the mock runs with sub-second durations)
WAIT_BUDGET_S = 15.0
TIFF_MAGIC = (b"II*\x00", b"MM\x00*")
GEOTIFF_TAGS = {"ModelPixelScaleTag": 33550, "ModelTiepointTag": 33922, "GeoKeyDirectoryTag": 34735}
BODY_PREVIEW = 300
UDF_CODE = """
import xarray

def apply_datacube(cube: xarray.DataArray, context: dict) -> xarray.DataArray:
    return cube * 2
"""
UDP_ID = "interop_ndvi"
BORING_HEADERS = {"date", "connection", "keep-alive", "transfer-encoding", "vary"}


class StepSkipped(Exception):
    """A step could not run because an earlier step it depends on failed."""


class Exchanges:
    """Records every HTTP exchange of the client's session, so that a failed step can name its request."""

    def __init__(self) -> None:
        self.entries: List[requests.Response] = []

    def hook(self, response: requests.Response, *args, **kwargs) -> None:
        self.entries.append(response)

    def mark(self) -> int:
        return len(self.entries)

    def describe_failure(self, since: int, error: Exception) -> str:
        request = getattr(error, "request", None)
        if isinstance(error, requests.RequestException) and request is not None and error.response is None:
            return f"{request.method} {request.url} → no response ({type(error).__name__})"
        if len(self.entries) <= since:
            return "(no HTTP request) → (no response)"
        response = self.entries[-1]
        request = response.request
        return f"{request.method} {request.url} → {response.status_code} {body_preview(response)}"


def is_boring(header: str) -> bool:
    """Headers too common to help explain a failure."""
    return header.lower() in BORING_HEADERS or header.lower().startswith("access-control-")


def body_preview(response: requests.Response) -> str:
    content = getattr(response, "_content", False)
    if not isinstance(content, bytes):
        length = response.headers.get("Content-Length", "?")
        return f"<streamed {response.headers.get('Content-Type', '?')}, {length} bytes>"
    if not content:
        shown = [f"{k.lower()}: {v}" for k, v in response.headers.items() if not is_boring(k)]
        return f"<empty body> [{'; '.join(shown)}]"
    text = re.sub(r"\s+", " ", content[:BODY_PREVIEW].decode("utf-8", errors="replace"))
    return text + ("…" if len(content) > BODY_PREVIEW else "")


class Flow:
    def __init__(self, exchanges: Exchanges) -> None:
        self.exchanges = exchanges
        self.passed = 0
        self.failed = 0
        self.state: dict = {}
        self.client_output: List[str] = []

    def client_print(self, message: str) -> None:
        """Collects what the client prints while polling; shown only when a step fails."""
        self.client_output.append(str(message))

    def need(self, *keys: str):
        missing = [k for k in keys if k not in self.state]
        if missing:
            raise StepSkipped(f"needs {', '.join(missing)} from an earlier step that failed")
        return [self.state[k] for k in keys]

    def step(self, name: str, action: Callable[[], None]) -> None:
        mark = self.exchanges.mark()
        self.client_output = []
        try:
            action()
        except StepSkipped as skipped:
            self.failed += 1
            print(f"✗ {name}: {skipped}", flush=True)
        except Exception as error:  # noqa: BLE001 — every failure is reported, none stops the flow
            self.failed += 1
            print(f"✗ {name}: {self.exchanges.describe_failure(mark, error)}", flush=True)
            print(f"    {type(error).__name__}: {error}", flush=True)
            if not isinstance(error, (AssertionError, OpenEoClientException)):
                print(indent(where(error)), flush=True)
            if self.client_output:
                print(indent("client printed:\n" + "\n".join(self.client_output[-10:])), flush=True)
        else:
            self.passed += 1
            print(f"✓ {name}", flush=True)

    def run(self, steps: List[tuple]) -> int:
        """Runs every (name, action) step, prints ``N passed, N failed`` and returns the exit code."""
        for name, action in steps:
            self.step(name, action)
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0


def where(error: Exception) -> str:
    """The flow's own line that failed and, if different, the innermost frame (instead of a full traceback)."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f.filename == __file__]
    lines = [f"at flow.py:{f.lineno}: {f.line}" for f in ours[-1:]]
    if frames and (not ours or frames[-1] is not ours[-1]):
        lines.append(f"in {frames[-1].filename}:{frames[-1].lineno}: {frames[-1].line}")
    return "\n".join(lines)


def indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines())


def check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def wait_for_status(job, wanted: str) -> str:
    deadline = time.monotonic() + WAIT_BUDGET_S
    seen = []
    while time.monotonic() < deadline:
        status = job.status()
        if not seen or seen[-1] != status:
            seen.append(status)
        if status == wanted:
            return status
        time.sleep(POLL / 4)
    raise AssertionError(f"job {job.job_id} never reached {wanted!r} within {WAIT_BUDGET_S}s; saw {seen}")


def multihash_sha256(path: Path) -> str:
    """`file:checksum` form: multihash of SHA2-256 (code 0x12, length 0x20) in hex."""
    return "1220" + hashlib.sha256(path.read_bytes()).hexdigest()


def expected_file_names(metadata: dict) -> dict:
    """Asset file name (the basename of its href, which the key should equal) → declared file:size."""
    out = {}
    for key, asset in metadata["assets"].items():
        href_name = asset["href"].split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        check(key == href_name, f"asset key {key!r} differs from its href's file name {href_name!r}")
        check(isinstance(asset.get("file:size"), int), f"asset {key!r} has no integer file:size: {asset}")
        out[key] = asset["file:size"]
    return out


def check_geotiff(path: Path, extent: dict, epsg: int = 4326) -> None:
    data = path.read_bytes()
    check(data[:4] in TIFF_MAGIC, f"{path.name} does not start with a TIFF header: {data[:8]!r}")
    with tifffile.TiffFile(path) as tif:
        page = tif.pages[0]
        missing = [name for name, code in GEOTIFF_TAGS.items() if code not in page.tags]
        check(not missing, f"{path.name} lacks GeoTIFF tags {missing}")
        width, height = page.imagewidth, page.imagelength
        scale = page.tags[GEOTIFF_TAGS["ModelPixelScaleTag"]].value
        tiepoint = page.tags[GEOTIFF_TAGS["ModelTiepointTag"]].value
        geokeys = tif.geotiff_metadata or {}
        crs = geokeys.get("GeographicTypeGeoKey") or geokeys.get("ProjectedCSTypeGeoKey")
        check(crs is not None and int(crs) == epsg, f"{path.name}: CRS geokey is {crs!r}, expected EPSG:{epsg}")
        pixels = page.asarray()
    check(width > 0 and height > 0 and pixels.size > 0, f"{path.name} has no pixels")
    # tie point (i, j, k, x, y, z): raster origin (0, 0) sits at the extent's north-west corner
    west, north = tiepoint[3] - tiepoint[0] * scale[0], tiepoint[4] + tiepoint[1] * scale[1]
    east, south = west + width * scale[0], north - height * scale[1]
    got = {"west": west, "south": south, "east": east, "north": north}
    tolerance = max(scale[0], scale[1])
    off = {k: (got[k], extent[k]) for k in extent if abs(got[k] - extent[k]) > tolerance}
    check(not off, f"{path.name} georeferencing {got} does not match the requested extent {extent}: {off}")


def check_run_times(info: dict) -> None:
    """openEO 1.3.0: a finished job carries queued and started, and created <= queued <= started <= updated."""
    names = ("created", "queued", "started", "updated")
    missing = [name for name in names if not info.get(name)]
    check(not missing, f"finished job lacks {missing}: {info}")
    times = [info[name].replace("Z", "+00:00") for name in names]
    parsed = [datetime.fromisoformat(t) for t in times]
    check(parsed == sorted(parsed), f"timestamps out of order: {dict(zip(names, times))}")


def sign_in(con, mode: str, flow: "Flow", workdir: Path) -> None:
    """Authenticates `con` as USER the way `mode` names (see the module docstring)."""
    if mode == "basic":
        con.authenticate_basic(USER, PASSWORD)
    elif mode == "client-credentials":
        con.authenticate_oidc_client_credentials(client_id=CLIENT_ID, client_secret=PASSWORD)
    elif mode == "device":
        home = workdir / "openeo-home"  # the client's config and refresh-token store, in the temporary folder
        home.mkdir(parents=True, exist_ok=True)
        os.environ["OPENEO_CONFIG_HOME"] = str(home)
        con.authenticate_oidc_device(
            store_refresh_token=True, max_poll_time=DEVICE_POLL_BUDGET_S, display=flow.client_print
        )
        store = home / "refresh-tokens.json"
        check(store.is_file(), f"the device flow stored no refresh token at {store}")
    else:
        check(os.environ.get("OPENEO_AUTH_METHOD") == "client_credentials", "OPENEO_AUTH_METHOD is not set")
        con.authenticate_oidc()
    bearer = getattr(con.auth, "bearer", "")
    prefix = "basic//" if mode == "basic" else "oidc/jobkit/"
    check(bearer.startswith(prefix), f"the client sends Bearer {bearer[:20]}…, expected {prefix}…")


def main(url: str, auth_mode: str) -> int:
    logging.basicConfig(level=logging.CRITICAL)  # the client's own warnings would break the one-line-per-step output
    warnings.simplefilter("ignore")
    exchanges = Exchanges()
    flow = Flow(exchanges)
    workdir = Path(tempfile.mkdtemp(prefix="jobkit-interop-py-"))

    def connect():
        session = requests.Session()
        session.hooks["response"].append(exchanges.hook)
        con = openeo.connect(url, session=session)
        # the client silently falls back to the given URL when version discovery fails
        discovery = [r for r in exchanges.entries if r.request.path_url == "/.well-known/openeo"]
        check(any(r.status_code == 200 for r in discovery), "GET /.well-known/openeo did not answer 200")
        api_version = con.capabilities().api_version()
        check(api_version == API_VERSION, f"capabilities api_version is {api_version!r}, expected {API_VERSION!r}")
        flow.state["con"] = con

    def authenticate():
        (con,) = flow.need("con")
        sign_in(con, auth_mode, flow, workdir)
        me = con.describe_account()
        check(me.get("user_id") == USER, f"/me user_id is {me.get('user_id')!r}, expected {USER!r}")

    def sentinel_cube(con):
        return con.load_collection(COLLECTION, spatial_extent=EXTENT, temporal_extent=TEMPORAL, bands=BANDS)

    def create_cube_job():
        (con,) = flow.need("con")
        job = sentinel_cube(con).save_result("GTiff").create_job(title="interop: GTiff")
        info = job.describe()
        check(info["status"] == "created", f"new job has status {info['status']!r}, expected 'created'")
        check(info.get("title") == "interop: GTiff", f"job title is {info.get('title')!r}")
        flow.state["cube_job"] = job

    def create_graph_job():
        (con,) = flow.need("con")
        load_args = {"id": COLLECTION, "spatial_extent": EXTENT, "temporal_extent": TEMPORAL, "bands": BANDS}
        graph = {
            "load": {"process_id": "load_collection", "arguments": load_args},
            "save_tiff": {
                "process_id": "save_result",
                "arguments": {"data": {"from_node": "load"}, "format": "GTiff"},
            },
            "save_json": {
                "process_id": "save_result",
                "arguments": {"data": {"from_node": "load"}, "format": "JSON"},
                "result": True,
            },
        }
        job = con.create_job(graph, title="interop: GTiff + JSON")
        info = job.describe()
        nodes = sorted(info["process"]["process_graph"])
        check(nodes == ["load", "save_json", "save_tiff"], f"stored process graph has nodes {nodes}")
        flow.state["graph_job"] = job

    def start_and_wait():
        cube_job, graph_job = flow.need("cube_job", "graph_job")
        for job in (cube_job, graph_job):
            job.start_and_wait(print=flow.client_print, max_poll_interval=POLL)
            status = job.status()
            check(status == "finished", f"job {job.job_id} has status {status!r} after start_and_wait")
            if API_VERSION == "1.3.0":
                check_run_times(job.describe())

    def get_results():
        (graph_job,) = flow.need("graph_job")
        results = graph_job.get_results()
        check(results.get_job_id() == graph_job.job_id, "get_results() belongs to another job")
        flow.state["results"] = results

    def get_metadata():
        (results,) = flow.need("results")
        metadata = results.get_metadata()
        check(metadata.get("stac_version") == "1.0.0", f"stac_version is {metadata.get('stac_version')!r}")
        check(metadata.get("type") in ("Feature", "Collection"), f"type is {metadata.get('type')!r}")
        types = sorted(a.get("type", "") for a in metadata.get("assets", {}).values())
        check(len(types) == 2, f"expected 2 assets (GTiff + JSON), got {len(types)}: {types}")
        check(any(t.startswith("image/tiff") for t in types), f"no image/tiff asset among {types}")
        check("application/json" in types, f"no application/json asset among {types}")
        flow.state["expected"] = expected_file_names(metadata)

    def download_files():
        results, expected = flow.need("results", "expected")
        target = workdir / "all"
        paths = results.download_files(target)
        got = {p.name: p.stat().st_size for p in paths if p.name != "job-results.json"}
        check(got == expected, f"downloaded name → size {got}, metadata says {expected}")
        for key, asset in results.get_metadata()["assets"].items():
            declared = asset.get("file:checksum")
            if declared is not None:
                actual = multihash_sha256(target / key)
                check(actual == declared, f"{key}: file:checksum {declared}, downloaded bytes hash to {actual}")
        check((target / "job-results.json").is_file(), "download_files wrote no job-results.json")

    def download_file_needs_name():
        results, expected = flow.need("results", "expected")
        try:
            results.download_file(workdir / "single")
        except OpenEoClientException as error:
            check("multiple" in str(error).lower(), f"unexpected error text: {error}")
        else:
            raise AssertionError("download_file() without a name succeeded although there are several assets")
        tiff_name = next(n for n in expected if n.lower().endswith((".tif", ".tiff")))
        path = results.download_file(workdir / "single" / tiff_name, name=tiff_name)
        check(path.stat().st_size == expected[tiff_name], f"{path} has {path.stat().st_size} bytes")

    def assets_by_type():
        results, expected = flow.need("results", "expected")
        tiffs = [a for a in results.get_assets() if (a.media_type or "").startswith("image/tiff")]
        check(len(tiffs) == 1, f"expected one image/tiff asset, found {[a.key for a in tiffs]}")
        path = tiffs[0].download(workdir / "by-type" / "picked.tif")
        check(path.stat().st_size == expected[tiffs[0].key], f"{path} has {path.stat().st_size} bytes")
        check_geotiff(path, EXTENT)

    def load_json():
        (results,) = flow.need("results")
        assets = [a for a in results.get_assets() if a.media_type == "application/json"]
        check(len(assets) == 1, f"expected one JSON asset, found {[a.key for a in assets]}")
        data = assets[0].load_json()
        check(isinstance(data, (dict, list)) and len(data) > 0, f"JSON asset is empty or not JSON: {data!r}")

    def logs():
        (graph_job,) = flow.need("graph_job")
        entries = graph_job.logs()
        check(len(entries) > 0, "a finished job has no log entries")
        for entry in entries:
            check(all(isinstance(entry.get(k), str) for k in ("id", "level", "message")), f"bad entry {entry}")

    def estimate():
        (cube_job,) = flow.need("cube_job")
        data = dict(cube_job.estimate())
        check(any(k in data for k in ("costs", "duration", "size")), f"estimate has no costs/duration/size: {data}")

    def failing_job():
        (con,) = flow.need("con")
        # fetch_metadata=False: by default the client itself refuses an unknown collection (GET /collections/{id} → 404)
        cube = con.load_collection("NOT_A_COLLECTION", spatial_extent=EXTENT, fetch_metadata=False)
        job = cube.save_result("GTiff").create_job(title="interop: failing")
        try:
            job.start_and_wait(print=flow.client_print, max_poll_interval=POLL)
        except JobFailedException as error:
            check(error.job.job_id == job.job_id, "JobFailedException refers to another job")
            check(job.status() == "error", f"failed job has status {job.status()!r}")
            error_logs = error.job.logs(level="error")
            check(len(error_logs) > 0, "the failed job has no error log entries")
            printed = "\n".join(flow.client_output)
            missing = [e["message"] for e in error_logs if e["message"] not in printed]
            check(not missing, f"start_and_wait did not show the error logs {missing}")
        else:
            raise AssertionError(f"job {job.job_id} on NOT_A_COLLECTION finished instead of failing")

    def stop_and_delete():
        (con,) = flow.need("con")
        job = sentinel_cube(con).save_result("GTiff").create_job(title="interop: stop")
        job.start()
        wait_for_status(job, "running")
        job.stop()
        status = job.status()
        check(status == "canceled", f"stopped running job has status {status!r}, expected 'canceled'")
        job.delete()
        try:
            job.describe()
        except OpenEoApiError as error:
            check(error.http_status_code == 404 and error.code == "JobNotFound", f"after delete: {error!r}")
        else:
            raise AssertionError(f"job {job.job_id} is still there after delete()")
        listed = [j["id"] for j in con.list_jobs()]
        check(job.job_id not in listed, f"deleted job {job.job_id} is still listed")

    def synchronous_download():
        (con,) = flow.need("con")
        small = {"west": 5.0, "south": 51.2, "east": 5.01, "north": 51.21}
        cube = con.load_collection(COLLECTION, spatial_extent=small, temporal_extent=TEMPORAL, bands=["B04"])
        data = cube.download(format="GTiff")
        check(isinstance(data, bytes) and data[:4] in TIFF_MAGIC, f"sync result is not a TIFF: {data[:8]!r}")
        path = workdir / "sync.tif"
        path.write_bytes(data)
        check_geotiff(path, small)

    def execute_batch():
        (con,) = flow.need("con")
        target = workdir / "out.tif"
        job = sentinel_cube(con).execute_batch(
            target, out_format="GTiff", print=flow.client_print, max_poll_interval=POLL
        )
        check_geotiff(target, EXTENT)
        check(job.status() == "finished", f"execute_batch job has status {job.status()!r}")

    def utm_geotiff():
        (con,) = flow.need("con")
        target = workdir / "utm.tif"
        extent = {**UTM_EXTENT, "crs": "EPSG:32632"}
        cube = con.load_collection(COLLECTION, spatial_extent=extent, temporal_extent=TEMPORAL, bands=BANDS)
        cube.execute_batch(target, out_format="GTiff", print=flow.client_print, max_poll_interval=POLL)
        check_geotiff(target, UTM_EXTENT, epsg=32632)
        with tifffile.TiffFile(target) as tif:
            tiepoint = tif.pages[0].tags[GEOTIFF_TAGS["ModelTiepointTag"]].value
        origin = (tiepoint[3], tiepoint[4])
        check(origin == (500000, 5610000), f"utm.tif origin is {origin}, expected (500000, 5610000)")
        bad = con.load_collection(COLLECTION, spatial_extent={**UTM_EXTENT, "crs": "EPSG:99999"}, bands=BANDS)
        try:
            bad.save_result("GTiff").create_job()
        except OpenEoApiError as error:
            check(error.code == "ProcessParameterInvalid", f"unknown EPSG code answered {error.code}")
            check("EPSG:99999" in error.message, f"the error does not name the code: {error.message}")
        else:
            raise AssertionError("a job with spatial_extent in EPSG:99999 was created")

    def udf_run():
        (con,) = flow.need("con")
        runtimes = con.list_udf_runtimes()
        check({"Python", "R"} <= set(runtimes), f"GET /udf_runtimes lists {sorted(runtimes)}")
        python = runtimes["Python"]
        check(python["default"] in python["versions"], f"Python's default {python['default']!r} is not a version")
        cube = sentinel_cube(con).apply_dimension(process=openeo.UDF(UDF_CODE), dimension="t")
        callback = cube.flat_graph()["applydimension1"]["arguments"]["process"]["process_graph"]
        udf_node = next(iter(callback.values()))
        check(udf_node["process_id"] == "run_udf", f"the callback calls {udf_node['process_id']!r}")
        check(udf_node["arguments"].get("runtime") == "Python", f"run_udf runtime {udf_node['arguments']}")
        check(con.validate_process_graph(cube) == [], "POST /validation refuses the UDF graph")
        target = workdir / "udf.tif"
        job = cube.execute_batch(target, out_format="GTiff", print=flow.client_print, max_poll_interval=POLL)
        check_geotiff(target, EXTENT)
        messages = [entry["message"] for entry in job.logs(level="warning")]
        check(any("UDFs are not executed" in m for m in messages), f"no UDF warning among the logs {messages}")
        data = cube.download(format="GTiff")
        check(isinstance(data, bytes) and data[:4] in TIFF_MAGIC, f"sync UDF result is not a TIFF: {data[:8]!r}")

    def netcdf_results():
        (con,) = flow.need("con")
        cube = sentinel_cube(con).save_result("netCDF")
        batch = workdir / "out.nc"
        job = cube.execute_batch(batch, print=flow.client_print, max_poll_interval=POLL)
        asset_type = job.get_results().get_asset("result.nc").metadata.get("type")
        check(asset_type == "application/x-netcdf", f"result.nc has type {asset_type!r}")
        check_netcdf(batch, EXTENT, TEMPORAL[:1], BANDS)
        sync = workdir / "sync.nc"
        cube.download(sync)
        check_netcdf(sync, EXTENT, TEMPORAL[:1], BANDS)

    def user_defined_process():
        (con,) = flow.need("con")
        data = Parameter.datacube(name="data", description="The cube to take the NDVI of.")
        ndvi = {"process_id": "ndvi", "arguments": {"data": {"from_parameter": "data"}, "nir": "B08", "red": "B04"}}
        graph = {"ndvi1": {**ndvi, "result": True}}
        udp = con.save_user_defined_process(UDP_ID, graph, parameters=[data], summary="NDVI of a cube")
        listed = [process["id"] for process in con.list_user_defined_processes()]
        check(UDP_ID in listed, f"GET /process_graphs lists {listed}")
        check(udp.describe()["process_graph"] == graph, f"the stored graph differs: {udp.describe()}")
        target = workdir / "udp.tif"
        cube = sentinel_cube(con).process(UDP_ID, data=THIS, namespace="user")
        job = cube.execute_batch(target, out_format="GTiff", print=flow.client_print, max_poll_interval=POLL)
        check(job.status() == "finished", f"the job calling the user-defined process is {job.status()!r}")
        check_geotiff(target, EXTENT)
        try:
            con.save_user_defined_process(UDP_ID, {"n": {"process_id": "no_such_process", "arguments": {}, "result": True}})
        except OpenEoApiError as error:
            check(error.code == "ProcessUnsupported", f"a UDP calling an unknown process answered {error.code}")
        else:
            raise AssertionError("a user-defined process calling an unknown process was stored")
        check(udp.describe()["process_graph"] == graph, "the refused PUT changed the stored process")
        udp.delete()
        listed = [process["id"] for process in con.list_user_defined_processes()]
        check(UDP_ID not in listed, f"GET /process_graphs still lists {UDP_ID} after delete: {listed}")

    steps = [
        ("connect", connect),
        (f"authenticate ({auth_mode})", authenticate),
        ("create job from load_collection().save_result('GTiff')", create_cube_job),
        ("create job from a process graph with two save_result nodes", create_graph_job),
        ("start_and_wait", start_and_wait),
        ("get_results", get_results),
        ("get_metadata", get_metadata),
        ("download_files", download_files),
        ("download_file fails with several assets, succeeds with name=", download_file_needs_name),
        ("get_assets filtered by type + asset.download", assets_by_type),
        ("load_json on the JSON asset", load_json),
        ("logs", logs),
        ("estimate", estimate),
        ("failing job raises JobFailedException with the error logs", failing_job),
        ("stop and delete", stop_and_delete),
        ("synchronous download", synchronous_download),
        ("execute_batch('out.tif') gives a GeoTIFF", execute_batch),
        ("EPSG:32632 extent gives a UTM GeoTIFF; an unknown EPSG code is refused", utm_geotiff),
        ("openeo.UDF in apply_dimension: runtimes, validation, batch job (log warns), download", udf_run),
        ("save_result('netCDF'): batch and sync results open in xarray (netcdf4, h5netcdf)", netcdf_results),
        ("save_user_defined_process, then a batch job that calls it; a bad one is refused; delete", user_defined_process),
    ]
    try:
        return flow.run(steps)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    url = args.pop(0) if args and re.match(r"^https?://", args[0]) else os.environ.get("OPENEO_URL", "")
    mode = args[0] if len(args) == 1 else "basic"
    if len(args) > 1 or not re.match(r"^https?://", url) or mode not in AUTH_MODES:
        print(f"usage: flow.py [URL] [{'|'.join(AUTH_MODES)}]   (URL default: $OPENEO_URL)", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(url, mode))
