"""Opens a netCDF result with both of xarray's netCDF-4 engines and checks its dimensions, bands and labels."""

import numpy
import xarray

ENGINES = ("netcdf4", "h5netcdf")
HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"


def _fail(message: str) -> None:
    raise AssertionError(message)


def _check_axis(ds: xarray.Dataset, name: str, low: float, high: float, where: str) -> None:
    values = ds[name].values
    step = abs(float(values[1] - values[0])) if values.size > 1 else abs(high - low)
    edges = (float(values.min()) - step / 2, float(values.max()) + step / 2)
    if abs(edges[0] - low) > step or abs(edges[1] - high) > step:
        _fail(f"{where}: {name} spans {edges}, expected the extent's ({low}, {high})")


def _check_dataset(ds: xarray.Dataset, extent: dict, dates: list, bands: list, where: str) -> None:
    if tuple(ds.sizes) != ("t", "y", "x"):
        _fail(f"{where}: dimensions are {dict(ds.sizes)}, expected (t, y, x)")
    missing = [band for band in bands if band not in ds.data_vars]
    if missing:
        _fail(f"{where}: band variables {missing} missing among {list(ds.data_vars)}")
    for band in bands:
        if ds[band].dims != ("t", "y", "x"):
            _fail(f"{where}: {band} has dims {ds[band].dims}, expected (t, y, x)")
    got = [str(d)[:10] for d in ds["t"].values.astype("datetime64[D]")]
    if got != dates:
        _fail(f"{where}: t labels are {got}, expected {dates}")
    _check_axis(ds, "x", extent["west"], extent["east"], where)
    _check_axis(ds, "y", extent["south"], extent["north"], where)
    if not numpy.all(numpy.diff(ds["y"].values) < 0):
        _fail(f"{where}: y does not run north to south")


def check_netcdf(path, extent: dict, dates: list, bands: list) -> None:
    """Checks that the file opens with both engines as a (t, y, x) cube of `bands` over `extent` at `dates`."""
    signature = path.read_bytes()[:8]
    if signature != HDF5_SIGNATURE:
        _fail(f"{path.name} does not start with the HDF5 signature: {signature!r}")
    for engine in ENGINES:
        with xarray.open_dataset(path, engine=engine) as ds:
            _check_dataset(ds, extent, dates, bands, f"{path.name} ({engine})")
