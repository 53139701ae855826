"""An analyst's script with the official openEO Python client (`openeo`), unmodified, against a running back-end.

Usage: python analysis_flow.py URL

The back-end must serve openeo-driver's saved collections (`jobkit-mock --catalog …`): Sentinel-2 with its SCL band
(SENTINEL2_L2A_SENTINELHUB) and Sentinel-1 (SENTINEL1_GRD) over the same area. Each step is what a user writes:
an NDVI time series per field to CSV and JSON read with pandas, SCL cloud masking saved as netCDF and opened with
xarray, monthly composites as one GeoTIFF per month, merging two collections, a callback over time, a stored
user-defined process used in a job, and a UDF. Results are checked against each other and against the unprocessed
input, not against numbers the back-end gave. Output as flow.py: one line per step, then ``N passed, N failed``.
"""

import logging
import sys
import tempfile
import warnings
from pathlib import Path

import numpy
import openeo
import pandas
import tifffile
import xarray
from openeo.api.process import Parameter
from openeo.processes import process
from openeo.rest.conversions import timeseries_json_to_pandas

from flow import POLL, Exchanges, Flow, check, check_geotiff, connect_basic, script_arguments

S2 = "SENTINEL2_L2A_SENTINELHUB"
S1 = "SENTINEL1_GRD"
EXTENT = {"west": 5.0, "south": 51.2, "east": 5.02, "north": 51.22}
SUMMER = ["2024-06-01", "2024-08-01"]
TWO_WEEKS = ["2024-06-01", "2024-06-15"]
# SCL classes a user masks out: cloud shadow, cloud medium and high probability, thin cirrus
CLOUDY_SCL = (3, 8, 9, 10)


def field(west: float, south: float, size: float) -> dict:
    ring = [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]
    return {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


FIELDS = {"type": "FeatureCollection", "features": [field(5.002, 51.202, 0.005), field(5.01, 51.21, 0.008)]}
UDF_CODE = """
import xarray

def apply_datacube(cube: xarray.DataArray, context: dict) -> xarray.DataArray:
    return cube * 2
"""
UDP_ID = "scale_reflectance"


def wait(job, flow: Flow):
    job.start_and_wait(print=flow.client_print, max_poll_interval=POLL)
    return job


def batch_file(cube, path: Path, flow: Flow, out_format: str):
    """Runs `cube` as a batch job that saves one file, downloads it to `path`; returns the job."""
    return cube.execute_batch(path, out_format=out_format, print=flow.client_print, max_poll_interval=POLL)


def open_netcdf(path: Path) -> xarray.Dataset:
    """The file as xarray shows it, the CF grid mapping (`crs`) a coordinate rather than a band."""
    with xarray.open_dataset(path, decode_coords="all") as ds:
        return ds.load()


def check_dims(ds: xarray.Dataset, dims: tuple, variables: list, where: str) -> None:
    check(tuple(ds.sizes) == dims, f"{where}: dimensions are {dict(ds.sizes)}, expected {dims}")
    check(sorted(ds.data_vars) == sorted(variables), f"{where}: variables are {list(ds.data_vars)}, not {variables}")


def utc(date) -> pandas.Timestamp:
    """A date as a UTC timestamp, whether it came with a time zone (CSV, JSON) or without (netCDF)."""
    stamp = pandas.Timestamp(date)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def dates_within(dates, interval: list, where: str) -> None:
    start, end = utc(interval[0]), utc(interval[1])
    outside = [str(d) for d in dates if not start <= utc(d) < end]
    check(not outside, f"{where}: dates {outside} lie outside {interval}")


def main(url: str) -> int:
    logging.basicConfig(level=logging.CRITICAL)
    warnings.simplefilter("ignore")
    exchanges = Exchanges()
    flow = Flow(exchanges)
    workdir = Path(tempfile.mkdtemp(prefix="jobkit-interop-analysis-"))

    def s2(bands, temporal=SUMMER):
        (con,) = flow.need("con")
        return con.load_collection(S2, spatial_extent=EXTENT, temporal_extent=temporal, bands=bands)

    def connect():
        flow.state["con"] = connect_basic(url, exchanges)

    def timeseries():
        return s2(["B04", "B08"]).ndvi(nir="B08", red="B04").aggregate_spatial(geometries=FIELDS, reducer="mean")

    def timeseries_csv():
        path = workdir / "timeseries.csv"
        job = batch_file(timeseries(), path, flow, "CSV")
        types = [asset.media_type for asset in job.get_results().get_assets()]
        check(types == ["text/csv"], f"the CSV job's assets have types {types}")
        table = pandas.read_csv(path)
        check({"feature_index", "date"} <= set(table.columns), f"CSV columns are {list(table.columns)}")
        values = [c for c in table.columns if c not in ("feature_index", "date")]
        check(len(values) == 1, f"expected one NDVI column besides feature_index and date, got {values}")
        fields = sorted(table["feature_index"].unique())
        check(fields == list(range(len(FIELDS["features"]))), f"feature_index values are {fields}")
        dates = sorted(table["date"].unique())
        check(len(dates) > 1, f"a two-month series has the dates {dates}")
        dates_within(dates, SUMMER, "CSV")
        check(len(table) == len(fields) * len(dates), f"{len(table)} rows for {len(fields)} fields × {len(dates)} dates")
        check(not table.duplicated(["feature_index", "date"]).any(), "a field and date appear in two rows")
        ndvi = table[values[0]]
        check(ndvi.notna().all() and ndvi.between(-1, 1).all(), f"NDVI outside [-1, 1] or missing: {ndvi.describe()}")
        flow.state["csv"] = table.set_index(["date", "feature_index"])[values[0]]

    def timeseries_json():
        (csv,) = flow.need("csv")
        path = workdir / "timeseries.json"
        batch_file(timeseries(), path, flow, "JSON")
        table = timeseries_json_to_pandas(path, auto_collapse=False)
        long = table.stack(level=[0, 1], future_stack=True).droplevel(2)  # (date, polygon) → NDVI, one band
        check(len(long) == len(csv), f"JSON has {len(long)} field-date values, the CSV {len(csv)}")
        json_dates = sorted(utc(d) for d in table.index)
        csv_dates = sorted(utc(d) for d in csv.index.get_level_values(0).unique())
        check(json_dates == csv_dates, f"JSON dates {json_dates} differ from the CSV's {csv_dates}")
        by_key = {(utc(d), int(p)): v for (d, p), v in long.items()}
        for (date, index), value in csv.items():
            other = by_key.get((utc(date), int(index)))
            check(other is not None and abs(other - value) < 1e-6, f"{date} field {index}: CSV {value}, JSON {other}")

    def scl_mask_netcdf():
        cube = s2(["B04", "B08", "SCL"], TWO_WEEKS)
        scl = cube.band("SCL")
        cloudy = (scl == CLOUDY_SCL[0]) | (scl == CLOUDY_SCL[1]) | (scl == CLOUDY_SCL[2]) | (scl == CLOUDY_SCL[3])
        masked = cube.filter_bands(["B04", "B08"]).mask(cloudy)
        batch_file(masked, workdir / "masked.nc", flow, "netCDF")
        batch_file(cube, workdir / "input.nc", flow, "netCDF")
        ds, source = open_netcdf(workdir / "masked.nc"), open_netcdf(workdir / "input.nc")
        check_dims(ds, ("t", "y", "x"), ["B04", "B08"], "masked.nc")
        check_dims(source, ("t", "y", "x"), ["B04", "B08", "SCL"], "input.nc")
        dates_within(ds["t"].values, TWO_WEEKS, "masked.nc")
        expected = numpy.isin(source["SCL"].values, CLOUDY_SCL)
        check(expected.any(), f"no pixel of input.nc is cloudy (SCL in {CLOUDY_SCL}): nothing to check the mask on")
        for band in ("B04", "B08"):
            gone = numpy.isnan(ds[band].values.astype("float64"))
            check((gone == expected).all(), f"{band}: {gone.sum()} pixels masked, {expected.sum()} are cloudy in SCL")
            kept = ~expected
            check((ds[band].values[kept] == source[band].values[kept]).all(), f"{band}: unmasked pixels changed")

    def monthly_geotiffs():
        (con,) = flow.need("con")
        monthly = s2(["B04", "B08"]).aggregate_temporal_period(period="month", reducer="mean")
        job = wait(monthly.create_job(out_format="GTiff", title="monthly composites"), flow)
        paths = job.get_results().download_files(workdir / "monthly")
        tiffs = sorted(p for p in paths if p.suffix in (".tif", ".tiff"))
        check(len(tiffs) == 2, f"two months give {len(tiffs)} GeoTIFFs: {[p.name for p in paths]}")
        for path, month in zip(tiffs, ("2024-06", "2024-07")):
            check(month in path.name, f"{path.name} does not name its month {month}")
            with tifffile.TiffFile(path) as tif:
                pixels = tif.pages[0].asarray()
                check(tif.pages[0].samplesperpixel == 2, f"{path.name} has {tif.pages[0].samplesperpixel} bands")
            check(numpy.isfinite(pixels).any(), f"{path.name} holds no value")
            check_geotiff(path, EXTENT)

    def merged_collections():
        (con,) = flow.need("con")
        radar = con.load_collection(S1, spatial_extent=EXTENT, temporal_extent=TWO_WEEKS, bands=["VV", "VH"])
        optical = s2(["B04", "B08"], TWO_WEEKS)
        batch_file(optical.merge_cubes(radar), workdir / "merged.nc", flow, "netCDF")
        batch_file(optical, workdir / "optical.nc", flow, "netCDF")
        ds, alone = open_netcdf(workdir / "merged.nc"), open_netcdf(workdir / "optical.nc")
        check_dims(ds, ("t", "y", "x"), ["B04", "B08", "VV", "VH"], "merged.nc")
        check(ds.sizes == alone.sizes, f"merged.nc is {dict(ds.sizes)}, Sentinel-2 alone {dict(alone.sizes)}")
        check((ds["B04"].values == alone["B04"].values).all(), "merging changed the Sentinel-2 values")

    def cumulative_over_time():
        cube = s2(["B04"], TWO_WEEKS)
        batch_file(cube.apply_dimension(dimension="t", process="cumsum"), workdir / "cumsum.nc", flow, "netCDF")
        batch_file(cube, workdir / "plain.nc", flow, "netCDF")
        ds, source = open_netcdf(workdir / "cumsum.nc"), open_netcdf(workdir / "plain.nc")
        check_dims(ds, ("t", "y", "x"), ["B04"], "cumsum.nc")
        check(ds.sizes["t"] > 1, f"cumsum.nc has {ds.sizes['t']} dates")
        expected = numpy.cumsum(source["B04"].values.astype("float64"), axis=0)
        check(numpy.allclose(ds["B04"].values, expected), "apply_dimension(cumsum) is not the sum over time")

    def user_defined_process_in_a_job():
        (con,) = flow.need("con")
        x = Parameter.number("x", description="A reflectance as the back-end stores it.")
        con.save_user_defined_process(UDP_ID, process("divide", x=x, y=10000), parameters=[x], summary="0..1")
        listed = [udp["id"] for udp in con.list_user_defined_processes()]
        check(UDP_ID in listed, f"GET /process_graphs lists {listed}")
        cube = s2(["B04"], TWO_WEEKS)
        scaled = cube.apply(lambda value: process(UDP_ID, namespace="user", x=value))
        batch_file(scaled, workdir / "scaled.nc", flow, "netCDF")
        batch_file(cube, workdir / "unscaled.nc", flow, "netCDF")
        ds, source = open_netcdf(workdir / "scaled.nc"), open_netcdf(workdir / "unscaled.nc")
        check_dims(ds, ("t", "y", "x"), ["B04"], "scaled.nc")
        check(numpy.allclose(ds["B04"].values, source["B04"].values / 10000), "the UDP did not divide by 10000")
        con.user_defined_process(UDP_ID).delete()

    def udf_in_a_job():
        cube = s2(["B04"], TWO_WEEKS)
        job = batch_file(cube.apply(process=openeo.UDF(UDF_CODE)), workdir / "udf.nc", flow, "netCDF")
        messages = [entry["message"] for entry in job.logs(level="warning")]
        check(any("UDFs are not executed" in m for m in messages), f"no warning that the UDF did not run: {messages}")
        batch_file(cube, workdir / "no-udf.nc", flow, "netCDF")
        ds, source = open_netcdf(workdir / "udf.nc"), open_netcdf(workdir / "no-udf.nc")
        check_dims(ds, ("t", "y", "x"), ["B04"], "udf.nc")
        check((ds["B04"].values == source["B04"].values).all(), "the data did not pass through the UDF unchanged")

    steps = [
        ("connect and authenticate_basic", connect),
        ("NDVI per field (aggregate_spatial) to CSV: pandas reads one row per field and date", timeseries_csv),
        ("the same series to JSON: timeseries_json_to_pandas gives the CSV's values", timeseries_json),
        ("SCL cloud mask (mask) to netCDF: xarray shows NaN exactly where SCL is cloudy", scl_mask_netcdf),
        ("aggregate_temporal_period('month') to GTiff: one file per month, read with tifffile", monthly_geotiffs),
        ("merge_cubes of Sentinel-2 and Sentinel-1 to netCDF: four bands, Sentinel-2 unchanged", merged_collections),
        ("apply_dimension over t with cumsum: the running sum of the input", cumulative_over_time),
        ("save_user_defined_process, then a job that applies it", user_defined_process_in_a_job),
        ("run_udf with openeo.UDF in apply: the log warns, the data passes unchanged", udf_in_a_job),
    ]
    return flow.run(steps, workdir)


if __name__ == "__main__":
    (url,) = script_arguments("analysis_flow.py URL", 1)
    sys.exit(main(url))
