"""OpenTripPlanner's build-config.json and router-config.json from this engine's settings.

The settings come from `rae info` on the built network (the engine's own reading of region.yaml,
defaults applied), so both engines route with the same walk speed, slacks and limits. Every OTP
default that would make OTP answer a different question is set explicitly, with the reason.
"""

import datetime
from dataclasses import dataclass

OTP_FEED_ID = "rae"
GTFS_FILE = "rae-gtfs.zip"
OSM_FILE = "streets.osm.pbf"


@dataclass(frozen=True)
class EngineSettings:
    """The routing and build settings of a network, as `rae info` prints them."""

    walk_speed_kmh: float
    board_slack_seconds: int
    transfer_slack_seconds: int
    max_walk_minutes: int
    max_transfer_walk_minutes: int
    max_transfers: int
    max_trip_minutes: int
    max_transfer_walk_meters: float
    min_island_edges: int = 40  # OsmStreetImporter.DEFAULT_MIN_NETWORK_SIZE

    @staticmethod
    def from_info(info):
        routing = info["network"]["routing"]
        build = info["network"]["build"]
        return EngineSettings(
            walk_speed_kmh=float(routing["walkSpeedKmh"]),
            board_slack_seconds=int(routing["boardSlackSeconds"]),
            transfer_slack_seconds=int(routing["transferSlackSeconds"]),
            max_walk_minutes=int(routing["maxWalkMinutes"]),
            max_transfer_walk_minutes=int(routing["maxTransferWalkMinutes"]),
            max_transfers=int(routing["maxTransfers"]),
            max_trip_minutes=int(routing["maxTripMinutes"]),
            max_transfer_walk_meters=float(build["maxTransferWalkMeters"]),
        )

    @property
    def walk_speed_mps(self):
        return self.walk_speed_kmh / 3.6

    @property
    def max_transfer_walk_seconds(self):
        """The engine keeps transfers up to the build's distance and the request's minutes."""
        by_distance = self.max_transfer_walk_meters / self.walk_speed_mps
        return int(min(self.max_transfer_walk_minutes * 60, by_distance))


def _duration(seconds):
    return "PT%dS" % int(seconds)


def _walk(settings):
    # reluctance 1 and no board cost: OTP's generalized cost then follows time; stairs walked at
    # the same speed as anything else (the engine has one walking speed for every way)
    return {
        "speed": round(settings.walk_speed_mps, 6),
        "reluctance": 1.0,
        "boardCost": 0,
        "stairsReluctance": 1.0,
        "stairsTimeFactor": 1.0,
    }


def build_config(settings, dates, osm_tag_mapping="uk"):
    """build-config.json for the day feeds of `dates` (datetime.date).

    OSM tags: OTP's "uk" mapping is the closest to GraphHopper's foot rules that the engine
    uses (untagged cycleways and trunk roads walkable; the default mapping forbids walking on
    cycleways); its car speeds play no part here."""
    first = min(dates) - datetime.timedelta(days=1)  # the previous day's trips past midnight
    last = max(dates) + datetime.timedelta(days=1)
    return {
        "transitFeeds": [{"type": "gtfs", "source": GTFS_FILE, "feedId": OTP_FEED_ID,
                          # stay seated only where the engine does: same stop, block as written
                          "maxInterlineDistance": 1, "blockBasedInterlining": True}],
        "osm": [{"source": OSM_FILE, "osmTagMapping": osm_tag_mapping}],
        # OTP keeps only a year back from today by default; these dates are years old
        "transitServiceStart": first.isoformat(),
        "transitServiceEnd": last.isoformat(),
        # transfers: the engine's cap, at the engine's speed, with no turn times
        "maxTransferDuration": _duration(settings.max_transfer_walk_seconds),
        "transferRequests": [{"modes": "WALK", "walk": _walk(settings),
                              "intersectionTraversalModel": "constant"}],
        # no extra minutes to reach subway stops (the engine has none)
        "subwayAccessTime": 0,
        "staticParkAndRide": False,
        "staticBikeParkAndRide": False,
        # the engine removes walk islands of fewer than 40 edges (GraphHopper's subnetworks),
        # wherever they are; OTP's adaptive pruning would also remove islands of up to 40 x 50
        # edges within 250 m of the network (a housing estate cut off by the extract's edge,
        # with its bus stops), which the engine keeps
        "islandPruning": {"islandWithStopsMaxSize": settings.min_island_edges,
                          "islandWithoutStopsMaxSize": settings.min_island_edges,
                          "adaptivePruningFactor": 1.0},
    }


def router_config(settings):
    """router-config.json: the engine's request settings as OTP's routing defaults."""
    return {
        "routingDefaults": {
            "walk": _walk(settings),
            "boardSlack": _duration(settings.board_slack_seconds),
            "alightSlack": "PT0S",
            "transferSlack": _duration(settings.transfer_slack_seconds),
            "waitReluctance": 1.0,
            "transferPenalty": 0,
            # walking has no turn times in the engine (OTP's "simple" model adds some per turn)
            "intersectionTraversalModel": "constant",
            "accessEgress": {"maxDuration": _duration(settings.max_walk_minutes * 60),
                             # the engine takes every stop within the walk; OTP stops at 500
                             "maxStopCount": 100000},
            # the engine counts walking all the way up to --max-minutes
            "maxDirectStreetDuration": _duration(settings.max_trip_minutes * 60),
            "streetRoutingTimeout": "PT60S",
            # every itinerary comes back (none filtered by cost): the earliest arrival is among them
            "itineraryFilters": {"debug": "LIST_ALL"},
        },
        "transit": {"maxNumberOfTransfers": max(12, settings.max_transfers + 1)},
    }


def otp_config():
    """otp-config.json: OTP features that would make its network differ from the engine's."""
    return {
        "otpFeatures": {
            # OTP keeps, from each stop, transfers only to the nearest stop of each pattern;
            # the engine keeps every stop within the transfer limit
            "ConsiderPatternsForDirectTransfers": False,
        }
    }


def plan_preferences(settings):
    """Per-request preferences of planConnection that router-config cannot hold."""
    return {
        "transit": {
            "transfer": {
                "maximumTransfers": settings.max_transfers,
                # OTP prunes paths with more transfers than the fewest found plus this
                "maximumAdditionalTransfers": settings.max_transfers,
            }
        }
    }
