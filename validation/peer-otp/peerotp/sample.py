"""The seeded sample: origin and destination points, and departure minutes.

Points are either read from a CSV (id,lat,lon) or drawn around the stops the engine linked to the
street map: a stop picked at random, then a point up to `radius_m` from it in a random direction,
so origins and destinations lie where a bus could matter (never hundreds of kilometres away at a
coach stop outside the map). The same seed always gives the same sample.
"""

import csv
import io
import math
import random
import zipfile
from dataclasses import dataclass

EARTH_RADIUS_M = 6_371_000.0


@dataclass(frozen=True)
class Point:
    id: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Query:
    """One origin-destination pair at one departure minute (minutes since midnight)."""

    id: int
    origin: Point
    destination: Point
    departure_minute: int

    @property
    def departure_hhmm(self):
        return "%02d:%02d" % divmod(self.departure_minute, 60)


def read_points(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    return [Point(r["id"], float(r["lat"]), float(r["lon"])) for r in rows]


def read_points_gtfs(zip_path):
    """The stops of a GTFS zip as points (stop_id, stop_lat, stop_lon)."""
    with zipfile.ZipFile(zip_path) as z:
        text = z.read("stops.txt").decode("utf-8-sig")
    return [Point(r["stop_id"], float(r["stop_lat"]), float(r["stop_lon"]))
            for r in csv.DictReader(io.StringIO(text))]


def offset(lat, lon, distance_m, bearing_rad):
    """The point `distance_m` from (lat, lon) on `bearing_rad` (small distances, spherical)."""
    dlat = distance_m * math.cos(bearing_rad) / EARTH_RADIUS_M
    dlon = distance_m * math.sin(bearing_rad) / (EARTH_RADIUS_M * math.cos(math.radians(lat)))
    return lat + math.degrees(dlat), lon + math.degrees(dlon)


def distance_m(lat1, lon1, lat2, lon2):
    """Great-circle distance (haversine), metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def points_around_stops(stops, count, radius_m, rng):
    """`count` points, each up to `radius_m` from a random stop (uniform over the disc)."""
    stops = sorted(stops, key=lambda s: s.id)
    points = []
    for i in range(count):
        stop = rng.choice(stops)
        r = radius_m * math.sqrt(rng.random())
        lat, lon = offset(stop.lat, stop.lon, r, rng.uniform(0, 2 * math.pi))
        points.append(Point("p%03d" % i, round(lat, 6), round(lon, 6)))
    return points


def draw(points, size, window, minutes, seed):
    """`size` queries: random distinct origin and destination, departure from `minutes` distinct
    minutes drawn in `window` = (first, end) minutes since midnight (end exclusive).

    Fewer distinct minutes means fewer engine runs (one `rae matrix` per minute); pairs are spread
    evenly over them."""
    rng = random.Random(seed)
    first, end = window
    span = list(range(first, end))
    chosen = sorted(rng.sample(span, min(minutes, len(span))))
    queries = []
    for i in range(size):
        origin, destination = rng.sample(points, 2)
        queries.append(Query(i, origin, destination, chosen[i % len(chosen)]))
    return queries


def parse_window(text):
    """'14:00-16:00' as (840, 960)."""
    start, end = text.split("-")

    def minutes(hhmm):
        h, m = hhmm.strip().split(":")
        return int(h) * 60 + int(m)

    first, last = minutes(start), minutes(end)
    if last <= first:
        raise ValueError("window %s: the end must be after the start" % text)
    return first, last
