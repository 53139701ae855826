"""Reads vector results as openEO users do (pandas for CSV, geopandas for GeoJSON and GeoParquet) and checks them
against the cube they were written from: one row per date and geometry, the geometries, CRS and every value.

Usage: python vector_check.py DIR, where DIR holds result.csv, result.geojson, result.parquet and expected.json
({"dates": [...], "bands": [...], "geometry_types": [...], "values": [[[value or null per band] per date] per geometry]}).
"""

import json
import math
import sys
from pathlib import Path

import geopandas
import pandas


def _fail(message: str) -> None:
    raise AssertionError(message)


def _same(got, want) -> bool:
    if want is None:
        return got is None or (isinstance(got, float) and math.isnan(got))
    return got is not None and not math.isnan(got) and abs(got - want) <= 1e-9 * max(1.0, abs(want))


def _check_values(where: str, lookup, expected: dict) -> None:
    for g, per_date in enumerate(expected["values"]):
        for t, date in enumerate(expected["dates"]):
            for b, band in enumerate(expected["bands"]):
                got, want = lookup(g, date, band), per_date[t][b]
                if not _same(got, want):
                    _fail(f"{where}: geometry {g}, {date}, {band} is {got}, expected {want}")


def _check_long_table(where: str, frame: pandas.DataFrame, expected: dict) -> pandas.DataFrame:
    columns = ["date", "feature_index", *expected["bands"]]
    if list(frame.columns)[: len(columns)] != columns:
        _fail(f"{where}: columns are {list(frame.columns)}, expected {columns} first")
    frame = frame.assign(date=pandas.to_datetime(frame["date"], utc=True))
    pairs = set(zip(frame["date"], frame["feature_index"]))
    wanted = {(pandas.Timestamp(d), g) for d in expected["dates"] for g in range(len(expected["values"]))}
    if len(frame) != len(wanted) or pairs != wanted:
        _fail(f"{where}: {len(frame)} rows for {sorted(pairs)}, expected one per date and geometry")
    return frame.set_index(["feature_index", "date"])


def check_csv(path: Path, expected: dict) -> None:
    table = _check_long_table(path.name, pandas.read_csv(path), expected)
    _check_values(path.name, lambda g, d, b: table.loc[(g, pandas.Timestamp(d)), b], expected)


def check_geoparquet(path: Path, expected: dict) -> None:
    frame = geopandas.read_parquet(path)
    if frame.crs is None or not frame.crs.equals("OGC:CRS84"):
        _fail(f"{path.name}: CRS is {frame.crs}, expected WGS84 longitude, latitude (OGC:CRS84)")
    table = _check_long_table(path.name, pandas.DataFrame(frame), expected)
    types = [table.xs(g, level="feature_index")["geometry"].iloc[0].geom_type for g in range(len(expected["values"]))]
    if types != expected["geometry_types"]:
        _fail(f"{path.name}: geometry types {types}, expected {expected['geometry_types']}")
    _check_values(path.name, lambda g, d, b: table.loc[(g, pandas.Timestamp(d)), b], expected)


def check_geojson(path: Path, expected: dict) -> None:
    frame = geopandas.read_file(path)
    if len(frame) != len(expected["values"]):
        _fail(f"{path.name}: {len(frame)} features, expected one per geometry ({len(expected['values'])})")
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        _fail(f"{path.name}: CRS is {frame.crs}, expected WGS84 (EPSG:4326), as RFC 7946 says")
    if list(frame.geom_type) != expected["geometry_types"]:
        _fail(f"{path.name}: geometry types {list(frame.geom_type)}, expected {expected['geometry_types']}")
    _check_values(path.name, lambda g, d, b: frame.loc[g, f"{d}~{b}"], expected)


def main(folder: str) -> None:
    root = Path(folder)
    expected = json.loads((root / "expected.json").read_text())
    check_csv(root / "result.csv", expected)
    check_geojson(root / "result.geojson", expected)
    check_geoparquet(root / "result.parquet", expected)
    print("vector results read back: CSV (pandas), GeoJSON and GeoParquet (geopandas)")


if __name__ == "__main__":
    main(sys.argv[1])
