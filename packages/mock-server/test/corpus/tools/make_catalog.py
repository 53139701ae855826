"""Writes corpus/catalog.json: the collections the corpus graphs name, as STAC Collections for `--catalog`.

Ids and band names are those the back-ends the scripts were written for publish (Copernicus Data Space
Ecosystem, Terrascope; Google Earth Engine for the `COPERNICUS/...` ids of openeo.org's guides and the JS client's
examples); extents are wide, so that no graph's extent is clipped away.
Run: python3 make_catalog.py > ../catalog.json
"""

import json

S2_L2A = "B01 B02 B03 B04 B05 B06 B07 B08 B8A B09 B11 B12 AOT WVP SCL CLD SNW CLM sunAzimuthAngles sunZenithAngles viewAzimuthMean viewZenithMean dataMask"
S2_L1C = "B01 B02 B03 B04 B05 B06 B07 B08 B8A B09 B10 B11 B12 sunAzimuthAngles sunZenithAngles viewAzimuthMean viewZenithMean dataMask"
TERRASCOPE_S2 = "B01 B02 B03 B04 B05 B06 B07 B08 B8A B11 B12 SCENECLASSIFICATION_20M sunAzimuthAngles sunZenithAngles viewAzimuthMean viewZenithMean"
OLCI = " ".join(f"B{i:02d}" for i in range(1, 22)) + " dataMask"
S5P = "CO HCHO NO2 O3 SO2 CH4 AER_AI_340_380 AER_AI_354_388 CLOUD_BASE_PRESSURE CLOUD_TOP_PRESSURE CLOUD_BASE_HEIGHT CLOUD_TOP_HEIGHT CLOUD_OPTICAL_THICKNESS CLOUD_FRACTION dataMask"
# Google Earth Engine's names (its data catalogue), which openEO's Earth Engine back-end serves
GEE_S2_SR = "B1 B2 B3 B4 B5 B6 B7 B8 B8A B9 B11 B12 AOT WVP SCL TCI_R TCI_G TCI_B MSK_CLDPRB MSK_SNWPRB QA10 QA20 QA60"
AGERA5 = "dewpoint-temperature precipitation-flux solar-radiation-flux temperature-max temperature-mean temperature-min vapour-pressure wind-speed"

# the common names (STAC eo) of Sentinel-2 and Landsat 8 bands, which ndvi() finds red and nir by
COMMON_NAMES = {
    "B01": "coastal", "B02": "blue", "B03": "green", "B04": "red", "B05": "rededge", "B06": "rededge",
    "B07": "rededge", "B08": "nir", "B8A": "nir08", "B09": "nir09", "B10": "cirrus", "B11": "swir16",
    "B12": "swir22",
}
# The days between two observations (`cube:dimensions.t.step`); P5D (Sentinel-2's revisit at the equator) unless
# named here. The data are synthetic either way. SENTINEL2_L2A observes every 2 days, Sentinel-2's revisit at
# mid-latitudes, because the official test suite's workflow tests, written for real Sentinel-2 data, load a two-day
# window (2022-06-01..2022-06-03) that they take to hold a single acquisition: on a 5-day calendar it holds none,
# on a 2-day calendar exactly one, whatever day the calendar starts.
# Earth Engine's COPERNICUS/S2_SR is the same Sentinel-2 L2A product, loaded by openeo.org's cookbook over a
# four-day window in the Netherlands (52.7° N) that its text takes to hold a scene: every 2 days too.
STEPS = {"SENTINEL2_L2A": "P2D", "COPERNICUS/S2_SR": "P2D"}
S2_FAMILY = {"SENTINEL2_L2A", "SENTINEL2_L1C", "TERRASCOPE_S2_TOC_V2", "S2_FOOBAR", "SENTINEL2_L2A_SENTINELHUB", "Sentinel-2"}

# id: (bands, has a time dimension)
COLLECTIONS = {
    "SENTINEL2_L2A": (S2_L2A, True),
    "SENTINEL2_L1C": (S2_L1C, True),
    "TERRASCOPE_S2_TOC_V2": (TERRASCOPE_S2, True),
    "SENTINEL1_GRD": ("VV VH HV HH", True),
    "SENTINEL3_OLCI_L1B": (OLCI, True),
    "SENTINEL3_SLSTR_L2_LST": ("LST LST_uncertainty exception confidence_in", True),
    "SENTINEL5P_L2": (S5P, True),
    "COPERNICUS_30": ("DEM", True),
    "ESA_WORLDCOVER_10M_2021_V2": ("MAP", True),
    "ESA_WORLDCOVER_10M_2020_V1": ("MAP", True),
    "AGERA5": (AGERA5, True),
    "PROBAV_L3_S10_TOC_333M": ("NDVI RED NIR BLUE SWIR SZA SAA SWIRVAA SWIRVZA VNIRVAA VNIRVZA SM", True),
    "LANDSAT8_L2": ("B01 B02 B03 B04 B05 B06 B07 B10 BQA", True),
    # openeo-python-driver's tests name SENTINEL2_L2A S2_FOOBAR
    "S2_FOOBAR": (S2_L2A, True),
    "S2_FAPAR_CLOUDCOVER": ("FAPAR", True),
    "PROBAV_L3_S10_TOC_NDVI_333M_V2": ("ndvi", True),
    "TERRASCOPE_S2_FAPAR_V2": ("FAPAR_10M SCENECLASSIFICATION_20M", True),
    "TERRASCOPE_S2_NDVI_V2": ("NDVI_10M SCENECLASSIFICATION_20M", True),
    "TERRASCOPE_S1_GAMMA0_V1": ("VH VV angle", True),
    "CGLS_SSM_V1_EUROPE": ("ssm ssm_noise", True),
    "GFM": ("ensemble_flood_extent ensemble_water_extent ensemble_likelihood reference_water_mask exclusion_mask advisory_flags", True),
    "SENTINEL2_L2A_SENTINELHUB": (S2_L2A + " CLP", True),
    "SENTINEL_5P_L2": (S5P, True),
    "PROBAV_L3_S5_TOC_100M": ("NDVI RED NIR BLUE SWIR SZA SAA SWIRVAA SWIRVZA VNIRVAA VNIRVZA SM", True),
    "LCFM_LCM_10": ("MAP", True),
    "ESA_WORLDCEREAL_MAIZE": ("CLASSIFICATION CONFIDENCE", True),
    "ESA_WORLDCEREAL_WINTERCEREALS": ("CLASSIFICATION CONFIDENCE", True),
    "ESA_WORLDCEREAL_ACTIVECROPLAND": ("CLASSIFICATION CONFIDENCE", True),
    "COPERNICUS/S2_SR": (GEE_S2_SR, True),
    "COPERNICUS/S1_GRD": ("HH HV VV VH angle", True),
    "COPERNICUS/DEM/GLO30": ("DEM EDM FLM HEM WBM", True),
    # the openEO API's example graph (no back-end's): Sentinel-2 L2A under the band names CDSE publishes, which the
    # graph uses (B02, B04, B08); the API's example collection `Sentinel-2` numbers them B1..B12 instead
    "Sentinel-2": (S2_L2A, True),
}


def band(cid: str, name: str) -> dict:
    common = COMMON_NAMES.get(name) if cid in S2_FAMILY else None
    return {"name": name, "common_name": common} if common else {"name": name}


def collection(cid: str, bands: str, temporal: bool) -> dict:
    names = bands.split()
    dims = {
        "x": {"type": "spatial", "axis": "x", "extent": [-180, 180], "reference_system": 4326, "step": 0.0001},
        "y": {"type": "spatial", "axis": "y", "extent": [-90, 90], "reference_system": 4326, "step": 0.0001},
        "bands": {"type": "bands", "values": names},
    }
    if temporal:
        dims["t"] = {"type": "temporal", "extent": ["2000-01-01T00:00:00Z", None], "step": STEPS.get(cid, "P5D")}
    return {
        "stac_version": "1.0.0",
        "stac_extensions": ["https://stac-extensions.github.io/datacube/v2.2.0/schema.json"],
        "type": "Collection",
        "id": cid,
        "description": f"{cid}: the id and band names a real back-end publishes; data synthetic.",
        "license": "proprietary",
        "extent": {
            "spatial": {"bbox": [[-180, -90, 180, 90]]},
            "temporal": {"interval": [["2000-01-01T00:00:00Z", None]]},
        },
        "cube:dimensions": dims,
        "summaries": {"eo:bands": [band(cid, n) for n in names]},
        "links": [],
    }


print(json.dumps([collection(c, b, t) for c, (b, t) in COLLECTIONS.items()], indent=1))
