from __future__ import annotations

from typing import Any

import pytest

EXTENT = {"west": 5.0, "south": 50.0, "east": 5.5, "north": 50.25}


@pytest.fixture
def s2_cube() -> Any:
    """A function making the Sentinel-2 cube of these tests on a connection."""

    def make(connection: Any, collection: str = "SENTINEL2_L2A") -> Any:
        return connection.load_collection(
            collection,
            spatial_extent=EXTENT,
            temporal_extent=["2021-01-01", "2021-02-01"],
            bands=["B04", "B08"],
            fetch_metadata=collection == "SENTINEL2_L2A",
        )

    return make
