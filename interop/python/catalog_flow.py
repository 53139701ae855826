"""The official openEO Python client (`openeo`), unmodified, against a back-end serving a saved catalogue.

Usage: python catalog_flow.py URL CATALOG_JSON

CATALOG_JSON is the file the back-end was started with (`jobkit-mock --catalog CATALOG_JSON`): a JSON array of
STAC Collections as a real back-end described them. The flow reads its expectations from that file, not from
the back-end: the collection ids, and the bands, extent and time range of the collection it loads.
Output as flow.py: one line per step, then ``N passed, N failed``.
"""

import json
import logging
import re
import shutil
import sys
import tempfile
import warnings
from datetime import date, timedelta
from pathlib import Path

import openeo
import requests
import tifffile
from openeo.rest import JobFailedException

from flow import PASSWORD, USER, Exchanges, Flow, check, check_geotiff

COLLECTION = "SENTINEL2_L2A_SENTINELHUB"  # a real id of openeo-driver's dummy back-end, with 8 bands


def bands_of(collection: dict) -> list:
    dimensions = collection.get("cube:dimensions") or {}
    return next(d["values"] for d in dimensions.values() if d.get("type") == "bands")


def tiff_of(job, workdir: Path, name: str) -> Path:
    folder = workdir / name
    job.get_results().download_files(folder)
    tiffs = sorted(folder.glob("*.tif"))
    check(len(tiffs) == 1, f"expected one GeoTIFF, got {[p.name for p in folder.iterdir()]}")
    return tiffs[0]


def band_count(path: Path) -> int:
    with tifffile.TiffFile(path) as tif:
        return tif.pages[0].samplesperpixel


def main(url: str, catalog_file: Path) -> int:
    logging.basicConfig(level=logging.CRITICAL)
    warnings.simplefilter("ignore")
    catalog = json.loads(catalog_file.read_text())
    wanted = next(c for c in catalog if c["id"] == COLLECTION)
    west, south, east, north = wanted["extent"]["spatial"]["bbox"][0]
    start = wanted["extent"]["temporal"]["interval"][0][0][:10]
    # the collection's first observation date only: one GeoTIFF per job (a cube over dates gives one per date)
    first_day = [start, (date.fromisoformat(start) + timedelta(days=1)).isoformat()]
    inside = {"west": west + 0.5, "south": south + 0.5, "east": west + 1.0, "north": south + 1.0}
    exchanges = Exchanges()
    flow = Flow(exchanges)
    workdir = Path(tempfile.mkdtemp(prefix="jobkit-interop-catalog-"))

    def connect():
        session = requests.Session()
        session.hooks["response"].append(exchanges.hook)
        con = openeo.connect(url, session=session)
        con.authenticate_basic(USER, PASSWORD)
        flow.state["con"] = con

    def lists_the_catalogue():
        (con,) = flow.need("con")
        ids = con.list_collection_ids()
        check(ids == [c["id"] for c in catalog], f"the back-end lists {ids}")

    def run(name: str, **load) -> Path:
        (con,) = flow.need("con")
        cube = con.load_collection(COLLECTION, **load)
        job = cube.save_result("GTiff").create_job(title=f"catalogue: {name}")
        job.start_and_wait(print=lambda _: None, max_poll_interval=0.5)
        return tiff_of(job, workdir, name)

    def all_bands():
        path = run("all", spatial_extent=inside, temporal_extent=first_day, bands=None)
        expected = len(bands_of(wanted))
        check(band_count(path) == expected, f"{path.name} has {band_count(path)} bands, expected {expected}")
        check_geotiff(path, inside)

    def chosen_bands():
        chosen = bands_of(wanted)[2:4]
        path = run("chosen", spatial_extent=inside, temporal_extent=first_day, bands=chosen)
        check(band_count(path) == len(chosen), f"{path.name} has {band_count(path)} bands, expected {len(chosen)}")

    def clipped_extent():
        half_outside = {"west": west - 1.0, "south": south + 0.5, "east": west + 0.5, "north": south + 1.0}
        path = run("clipped", spatial_extent=half_outside, temporal_extent=first_day, bands=None)
        check_geotiff(path, {**half_outside, "west": west})

    def time_outside_fails():
        try:
            run("before", spatial_extent=inside, temporal_extent=["2001-01-01", "2002-01-01"], bands=None)
        except JobFailedException as error:
            check("lies outside collection" in str(error.job.logs(level="error")), "no log names the time range")
        else:
            raise AssertionError("a job before the collection's time range finished")

    steps = [
        ("connect and authenticate_basic", connect),
        ("list_collection_ids() equals the saved catalogue", lists_the_catalogue),
        (f"load_collection('{COLLECTION}') with all bands gives a GeoTIFF with each band", all_bands),
        ("load_collection with two bands gives two bands", chosen_bands),
        ("an extent half outside the collection is clipped to it", clipped_extent),
        ("a time range before the collection's makes the job fail", time_outside_fails),
    ]
    try:
        return flow.run(steps)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) != 2 or not re.match(r"^https?://", args[0]):
        print("usage: catalog_flow.py URL CATALOG_JSON", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(args[0], Path(args[1])))
