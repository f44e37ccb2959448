"""One answer per query from each engine, and the agreement arithmetic over all of them.

Travel time, both sides: arrival at the destination minus the departure minute, initial wait
included, in whole minutes rounded down (as `rae matrix` writes them); unreachable when longer
than the engine's --max-minutes (walking all the way counts, on both sides).
"""

import math
import statistics
from dataclasses import dataclass, field


@dataclass
class Answer:
    """Both engines' answers for one query, and what OTP rode."""

    query: object
    engine_minutes: object  # int or None
    engine_walk_minutes: object  # int or None
    otp_seconds: object = None  # float or None: best arrival minus departure
    otp_walk_seconds: object = None  # float or None: OTP's direct walk
    otp_best: object = None  # the itinerary with the earliest arrival
    # OTP's answer plus the time to walk, at the engine's speed, between the origin and
    # destination and the streets OTP joins them to (free in OTP, walked by the engine); None
    # when OTP found nothing or that passes the longest trip counted
    otp_linked_seconds: object = None
    otp_errors: list = field(default_factory=list)
    engine_journey: object = None  # tools/EngineJourney.java's journey, when it ran and agreed
    cause: str = ""
    evidence: str = ""
    date: str = ""
    midnight: float = 0.0  # epoch seconds of the service date's local midnight

    @property
    def otp_minutes(self):
        return None if self.otp_seconds is None else int(self.otp_seconds // 60)

    @property
    def otp_walk_minutes(self):
        return None if self.otp_walk_seconds is None else int(self.otp_walk_seconds // 60)

    @property
    def engine_on_board_minutes(self):
        """The engine's answer if it walked to the destination only from stops reached on board
        (no transfer walk then egress walk), as OTP and R5 do; None without a journey."""
        if self.engine_journey is None:
            return self.engine_minutes
        seconds = self.engine_journey["on_board_egress_seconds"]
        values = [m for m in (None if seconds is None else seconds // 60,
                              self.engine_walk_minutes) if m is not None]
        return min(values) if values else None

    @property
    def otp_linked_minutes(self):
        """OTP's answer with its free links walked (see `otp_linked_seconds`)."""
        return None if self.otp_linked_seconds is None else int(self.otp_linked_seconds // 60)

    @property
    def difference(self):
        """Engine minus OTP, minutes; None unless both reach the destination."""
        if self.engine_minutes is None or self.otp_minutes is None:
            return None
        return self.engine_minutes - self.otp_minutes

    @property
    def one_sided(self):
        return (self.engine_minutes is None) != (self.otp_minutes is None)

    @property
    def disagrees(self):
        """Over 5 minutes apart, or reached by one engine only."""
        return self.one_sided or (self.difference is not None and abs(self.difference) > 5)


def best_itineraries(itineraries, departure_epoch, max_seconds):
    """(best arrival minus departure, walk-only duration, best itinerary) over OTP's
    itineraries; itineraries leaving before the departure are ignored, anything over
    `max_seconds` counts as not found."""
    best, best_itinerary, walk = None, None, None
    for it in itineraries:
        if it["start"] < departure_epoch - 0.5:
            continue
        seconds = it["end"] - departure_epoch
        if seconds > max_seconds:
            continue
        if best is None or seconds < best or (
                seconds == best and it["transfers"] < best_itinerary["transfers"]):
            best, best_itinerary = seconds, it
        if all(leg["mode"] == "WALK" for leg in it["legs"]):
            duration = it["end"] - it["start"]
            walk = duration if walk is None else min(walk, duration)
    return best, walk, best_itinerary


@dataclass
class Agreement:
    queries: int
    both: int
    engine_only: int
    otp_only: int
    neither: int
    median_abs_minutes: object
    mean_minutes: object
    within_1: object  # share of `both`
    within_5: object
    within_5_counting_one_sided: object  # share of queries reached by at least one side

    def passes(self, median_max=1.0, within_5_min=0.95):
        return (self.median_abs_minutes is not None and self.median_abs_minutes <= median_max
                and self.within_5 is not None and self.within_5 >= within_5_min)


def agreement(answers, engine_of=lambda a: a.engine_minutes, otp_of=lambda a: a.otp_minutes):
    diffs = []
    engine_only = otp_only = neither = 0
    for a in answers:
        e, o = engine_of(a), otp_of(a)
        if e is None and o is None:
            neither += 1
        elif e is None:
            otp_only += 1
        elif o is None:
            engine_only += 1
        else:
            diffs.append(e - o)
    absolute = [abs(d) for d in diffs]
    reached = len(diffs) + engine_only + otp_only
    return Agreement(
        queries=len(answers),
        both=len(diffs),
        engine_only=engine_only,
        otp_only=otp_only,
        neither=neither,
        median_abs_minutes=statistics.median(absolute) if absolute else None,
        mean_minutes=statistics.fmean(diffs) if diffs else None,
        within_1=share(sum(1 for d in absolute if d <= 1), len(diffs)),
        within_5=share(sum(1 for d in absolute if d <= 5), len(diffs)),
        within_5_counting_one_sided=share(sum(1 for d in absolute if d <= 5), reached),
    )


def share(count, total):
    return None if total == 0 else count / total


def decode_polyline(text):
    """Google's encoded polyline (precision 5) as [(lat, lon), ...]: OTP's legGeometry."""
    points, index, lat, lon = [], 0, 0, 0
    while index < len(text):
        deltas = []
        for _ in range(2):
            shift = result = 0
            while True:
                b = ord(text[index]) - 63
                index += 1
                result |= (b & 0x1F) << shift
                shift += 5
                if b < 0x20:
                    break
            deltas.append(~(result >> 1) if result & 1 else result >> 1)
        lat += deltas[0]
        lon += deltas[1]
        points.append((lat / 1e5, lon / 1e5))
    return points


def legs_text(itinerary, midnight_epoch):
    """OTP's legs as one line, clock times since the service day's local midnight:
    'WALK 4.1 min 330 m | BUS 36 14:05:00-14:20:00 rae:A>rae:B | WALK 2.0 min 160 m'."""
    if itinerary is None:
        return ""
    parts = []
    for leg in itinerary["legs"]:
        if leg["mode"] == "WALK":
            parts.append("WALK %.1f min %d m" % ((leg["end"] - leg["start"]) / 60,
                                                round(leg["distance"])))
        else:
            parts.append("%s %s %s-%s %s>%s%s" % (
                leg["mode"], leg["route"], clock(leg["start"] - midnight_epoch),
                clock(leg["end"] - midnight_epoch), (leg["from"].get("stop") or {}).get("gtfsId"),
                (leg["to"].get("stop") or {}).get("gtfsId"),
                " (stay seated)" if leg["interline"] else ""))
    return " | ".join(parts)


def clock(seconds_since_midnight):
    s = int(round(seconds_since_midnight))
    return "%02d:%02d:%02d" % (s // 3600, (s % 3600) // 60, s % 60)


def median_or_none(values):
    values = [v for v in values if v is not None and not math.isnan(v)]
    return statistics.median(values) if values else None
