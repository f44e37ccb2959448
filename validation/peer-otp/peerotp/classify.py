"""Causes of disagreements (over 5 minutes apart, or reached by one engine only), told from
evidence both engines give; what no rule explains is left for manual reading.

Evidence, gathered once for all disagreements:
- the engine's walk (`rae matrix --mode walk`) over each walking leg of OTP's itinerary, between
  the same points (origin, stops, destination);
- the engine's walk between each of those points and the place OTP joined it to a street: OTP
  links a point to its nearest street at no time (a "free link"), the engine walks that part;
- each side's answer when leaving a little earlier (2 minutes, or the free links' walking time
  plus one): when that arrives no later than the other side's (plus a minute of rounding), a
  small difference decided whether a vehicle was caught, and the headway did the rest.
"""

import datetime
import math

from . import compare, engine, otp, otpconfig, sample

MANUAL = "unclassified (read the legs)"
SHIFT_MINUTES = 2
LONGER_WALK_MINUTES = 2


class Evidence:
    """The engine and OTP runs that classification needs, done in batches."""

    def __init__(self, rae, network, date, runs_dir, server, zone, settings):
        self.rae, self.network, self.date, self.runs = rae, network, date, runs_dir
        self.server, self.zone, self.settings = server, zone, settings
        self.walks = {}
        self.engine_earlier = {}
        self.otp_earlier = {}
        self.shift = {}  # minutes earlier each side left, per query

    def gather(self, answers):
        pairs = set()
        for a in answers:
            for leg in walk_legs(a, self.settings):
                pairs.add((leg.start, leg.end))
            for _, start, end, _ in links(a, self.settings):
                pairs.add((start, end))
            for start, point, _ in probes(a):
                pairs.add((start, point))
        self._walks(pairs)
        self._engine_earlier([a for a in answers if otp_faster(a)])
        self._otp_earlier([a for a in answers if engine_faster(a)])

    def _walks(self, pairs):
        if not pairs:
            return
        origins = sorted({p[0] for p in pairs}, key=lambda p: p.id)
        destinations = sorted({p[1] for p in pairs}, key=lambda p: p.id)
        engine.write_points(self.runs / "legs-o.csv", origins)
        engine.write_points(self.runs / "legs-d.csv", destinations)
        otp.say("rae matrix --mode walk over OTP's walking legs (%d pairs)" % len(pairs))
        times = self.rae.matrix(self.network, self.runs / "legs-o.csv",
                                self.runs / "legs-d.csv", self.date.isoformat(), 0,
                                self.runs / "legs.csv", mode="walk")
        for start, end in pairs:
            self.walks[(start, end)] = times[(start.id, end.id)]

    def _engine_earlier(self, answers):
        by_minute = {}
        for a in answers:
            self.shift[a.query.id] = engine_shift(a, self.settings)
            by_minute.setdefault(a.query.departure_minute - self.shift[a.query.id], []).append(a)
        for minute, group in sorted(by_minute.items()):
            o, d = self.runs / ("eo%04d.csv" % minute), self.runs / ("ed%04d.csv" % minute)
            engine.write_points(o, [a.query.origin for a in group])
            engine.write_points(d, [a.query.destination for a in group])
            times = self.rae.matrix(self.network, o, d, self.date.isoformat(), minute,
                                    self.runs / ("e%04d.csv" % minute))
            for a in group:
                self.engine_earlier[a.query.id] = times[(a.query.origin.id, a.query.destination.id)]

    def _otp_earlier(self, answers):
        preferences = otpconfig.plan_preferences(self.settings)
        for a in answers:
            self.shift[a.query.id] = SHIFT_MINUTES
            minute = a.query.departure_minute - SHIFT_MINUTES
            departure = datetime.datetime.combine(self.date, datetime.time(*divmod(minute, 60)),
                                                  tzinfo=self.zone)
            itineraries, _ = otp.plan(self.server, a.query, departure, preferences)
            best, _, _ = compare.best_itineraries(itineraries, departure.timestamp(),
                                                  self.settings.max_trip_minutes * 60)
            self.otp_earlier[a.query.id] = None if best is None else int(best // 60)


def engine_shift(answer, settings):
    """How much earlier the engine leaves in the knife-edge test: 2 minutes, or the time to walk
    OTP's free links plus a minute when that is longer."""
    o, d = free_link_meters(answer)
    return max(SHIFT_MINUTES, math.ceil((o + d) / settings.walk_speed_mps / 60) + 1)


class WalkLeg:
    """One of OTP's walks: `otp_minutes` as OTP walked it, `link_meters` the free links at its
    two ends (point or stop to OTP's street), which the engine walks."""

    def __init__(self, kind, start, end, otp_minutes, link_meters, limit_minutes, speed_mps):
        self.kind, self.start, self.end = kind, start, end
        self.otp_minutes, self.limit_minutes = otp_minutes, limit_minutes
        self.link_meters = link_meters
        self.otp_minutes_linked = otp_minutes + link_meters / speed_mps / 60


def _stop_point(place):
    stop = (place.get("stop") or {}).get("gtfsId") or "%.6f,%.6f" % (place["lat"], place["lon"])
    return sample.Point("stop:" + stop, round(place["lat"], 6), round(place["lon"], 6))


def walk_legs(answer, s):
    """OTP's walking legs (access, transfers, egress) between the points it walked between;
    `s` the engine settings (the limits). None for a walk all the way."""
    it = answer.otp_best
    if it is None or all(leg["mode"] == "WALK" for leg in it["legs"]):
        return []
    q, legs, result = answer.query, it["legs"], []
    for i, leg in enumerate(legs):
        if leg["mode"] != "WALK":
            continue
        minutes = (leg["end"] - leg["start"]) / 60
        start = q.origin if i == 0 else _stop_point(leg["from"])
        end = q.destination if i == len(legs) - 1 else _stop_point(leg["to"])
        kind = "access" if i == 0 else "egress" if i == len(legs) - 1 else "transfer"
        limit = s.max_transfer_walk_seconds / 60 if kind == "transfer" else s.max_walk_minutes
        meters = 0.0
        if leg["geometry"]:
            line = compare.decode_polyline(leg["geometry"])
            meters = sample.distance_m(start.lat, start.lon, *line[0]) + \
                sample.distance_m(end.lat, end.lon, *line[-1])
        result.append(WalkLeg(kind, start, end, minutes, meters, limit, s.walk_speed_mps))
    return result


def links(answer, settings):
    """Where each of OTP's walks leaves its start (origin or stop) and reaches its end: OTP joins
    a point to its street for free, the engine walks the way from the point to its own street.
    (label, engine walk from, engine walk to, straight-line metres) for each end of each walk."""
    it = answer.otp_best
    if it is None:
        return []
    q, legs, result = answer.query, it["legs"], []
    for i, leg in enumerate(legs):
        if leg["mode"] != "WALK" or not leg["geometry"]:
            continue
        line = compare.decode_polyline(leg["geometry"])
        start = q.origin if i == 0 else _stop_point(leg["from"])
        end = q.destination if i == len(legs) - 1 else _stop_point(leg["to"])
        first = sample.Point("link:%d:%d:a" % (q.id, i), line[0][0], line[0][1])
        last = sample.Point("link:%d:%d:b" % (q.id, i), line[-1][0], line[-1][1])
        result.append((_label(start, q), start, first,
                       sample.distance_m(start.lat, start.lon, first.lat, first.lon)))
        result.append((_label(end, q), last, end,
                       sample.distance_m(end.lat, end.lon, last.lat, last.lon)))
    return result


PROBE_SPACING_METERS = 150


def probes(answer):
    """Points every 150 m along OTP's first walk (when OTP walks all the way, or its access
    walk): (start, point, OTP's metres to the point), to find where the engine falls behind."""
    it = answer.otp_best
    if it is None or not it["legs"] or it["legs"][0]["mode"] != "WALK" or \
            not it["legs"][0]["geometry"]:
        return []
    line = compare.decode_polyline(it["legs"][0]["geometry"])
    result, along, next_at = [], 0.0, 0.0
    for i, (lat, lon) in enumerate(line):
        if i > 0:
            along += sample.distance_m(*line[i - 1], lat, lon)
        if along >= next_at or i == len(line) - 1:
            result.append((answer.query.origin,
                           sample.Point("probe:%d:%d" % (answer.query.id, i), lat, lon), along))
            next_at = along + PROBE_SPACING_METERS
    return result


def where_engine_falls_behind(answer, settings, evidence):
    """The stretch of OTP's first walk over which the engine's time to the probe points grows
    by 2 minutes more than OTP's: ' near (lat, lon)', or '' when it does not."""
    speed = settings.walk_speed_mps * 60
    previous = None
    for start, point, along in probes(answer):
        engine_minutes = evidence.walks.get((start, point))
        if engine_minutes is None:
            continue
        lag = engine_minutes - along / speed
        if previous is not None and lag - previous[0] >= LONGER_WALK_MINUTES:
            return " (the engine falls behind OTP's path between %.5f,%.5f and %.5f,%.5f)" % (
                previous[1].lat, previous[1].lon, point.lat, point.lon)
        if previous is None or lag < previous[0] + LONGER_WALK_MINUTES:
            previous = (lag, point)
    return ""


def _label(point, query):
    if point == query.origin:
        return "origin"
    if point == query.destination:
        return "destination"
    return point.id.replace("stop:", "stop ")


def otp_faster(a):
    return a.disagrees and a.otp_minutes is not None and (
        a.engine_minutes is None or a.engine_minutes > a.otp_minutes)


def engine_faster(a):
    return a.disagrees and a.engine_minutes is not None and (
        a.otp_minutes is None or a.otp_minutes > a.engine_minutes)


def classify_all(answers, settings, evidence):
    disagreements = [a for a in answers if a.disagrees]
    evidence.gather(disagreements)
    for a in disagreements:
        a.cause, a.evidence = classify(a, settings, evidence)


def classify(answer, settings, evidence):
    for rule in RULES:
        found = rule(answer, settings, evidence)
        if found:
            return found
    return MANUAL, ""


def _walks_only(itinerary):
    return itinerary is not None and all(leg["mode"] == "WALK" for leg in itinerary["legs"])


def _minutes(value):
    return "unreachable" if value is None else "%s min" % value


def both_walk(a, settings, evidence):
    """Both best answers are the direct walk: OTP's free links, or the street networks differ
    (with where the engine falls behind OTP's path, when it does)."""
    if not (_walks_only(a.otp_best) and a.engine_minutes is not None
            and a.engine_minutes == a.engine_walk_minutes):
        return None
    o, d = free_link_meters(a)
    linked = a.otp_walk_seconds / 60 + (o + d) / settings.walk_speed_mps / 60
    if a.engine_minutes > a.otp_walk_minutes and abs(a.engine_minutes - linked) <= 2:
        return ("OTP's free link to a distant street",
                "walking all the way: engine %d min, OTP %.1f min plus %.0f m of free links "
                "(%.1f min walked)" % (a.engine_minutes, a.otp_walk_seconds / 60, o + d, linked))
    return ("direct walk differs (street network)",
            "engine walks %s min, OTP walks %s min%s"
            % (a.engine_walk_minutes, a.otp_walk_minutes,
               where_engine_falls_behind(a, settings, evidence)))


def engine_walks(a, settings, evidence):
    """The engine's best is walking all the way, OTP's best is slower: OTP walks further."""
    if engine_faster(a) and a.engine_minutes == a.engine_walk_minutes:
        return ("direct walk differs (street network)",
                "engine walks %d min, OTP's direct walk %s"
                % (a.engine_walk_minutes, _minutes(a.otp_walk_minutes)))
    return None


def near_the_cap(a, settings, evidence):
    """Reached by one side only, close to the longest trip counted: minutes cross the cap."""
    reached = a.engine_minutes if a.engine_minutes is not None else a.otp_minutes
    if a.one_sided and reached is not None and reached >= settings.max_trip_minutes - 15:
        return ("over the %d-minute cap on one side only" % settings.max_trip_minutes,
                "%s reaches it in %d min" % ("engine" if a.engine_minutes is not None else "OTP",
                                             reached))
    return None


def street_island(a, settings, evidence):
    """The engine cannot walk from a point to where OTP joined it to the street: the point
    snapped onto a street island in the engine."""
    if not otp_faster(a):
        return None
    for label, start, end, meters in links(a, settings):
        if (start, end) in evidence.walks and evidence.walks[(start, end)] is None:
            return ("%s on a street island in the engine" % label.split(" ")[0],
                    "the engine cannot walk between %s and the street OTP joins %.0f m away"
                    % (label, meters))
    return None


def linked_differently(a, settings, evidence):
    """Between a point and where OTP joined it to the street (a few metres), the engine walks
    minutes: its nearest walkable street is another one (OTP may start or end a walk on a way
    the engine does not walk, such as an access=private lane)."""
    if not otp_faster(a):
        return None
    worst = None
    for label, start, end, meters in links(a, settings):
        minutes = evidence.walks.get((start, end))
        if minutes is not None:
            excess = minutes - meters / settings.walk_speed_mps / 60
            if excess >= LONGER_WALK_MINUTES and (worst is None or excess > worst[0]):
                worst = (excess, label, minutes, meters)
    if worst:
        excess, label, minutes, meters = worst
        return ("%s linked to another street in the engine" % label.split(" ")[0],
                "OTP joins the street %.0f m from the %s; the engine needs %d min to get there"
                % (meters, label, minutes))
    return None


def free_link_meters(answer):
    """Metres OTP joins the origin and the destination to its streets for free (the engine walks
    that part in a straight line): (origin side, destination side)."""
    it = answer.otp_best
    if it is None or not it["legs"]:
        return 0.0, 0.0
    q, first, last = answer.query, it["legs"][0], it["legs"][-1]
    o = d = 0.0
    if first["mode"] == "WALK" and first["geometry"]:
        lat, lon = compare.decode_polyline(first["geometry"])[0]
        o = sample.distance_m(q.origin.lat, q.origin.lon, lat, lon)
    if last["mode"] == "WALK" and last["geometry"]:
        lat, lon = compare.decode_polyline(last["geometry"])[-1]
        d = sample.distance_m(q.destination.lat, q.destination.lon, lat, lon)
    return o, d


def no_stops_in_range(a, settings, evidence):
    """OTP finds no stop within the walking limit of the origin or destination, the engine rides."""
    if engine_faster(a) and "NO_STOPS_IN_RANGE" in a.otp_errors and \
            a.engine_minutes != a.engine_walk_minutes:
        return ("no stop within OTP's walk limit",
                "OTP: NO_STOPS_IN_RANGE within %d min of walking; the engine rides transit"
                % settings.max_walk_minutes)
    return None


def walk_over_limit(a, settings, evidence):
    """One of OTP's walks is within the limit, the engine's walk between the same points is not."""
    if not otp_faster(a):
        return None
    for leg in walk_legs(a, settings):
        if (leg.start, leg.end) not in evidence.walks:
            continue  # not measured
        engine_minutes = evidence.walks[(leg.start, leg.end)]
        # the engine's minutes are rounded down: 20 means 20:00 to 20:59, over a 20-minute limit
        # unless it is exactly 20:00
        if leg.otp_minutes <= leg.limit_minutes and (
                engine_minutes is None or engine_minutes >= leg.limit_minutes):
            detail = ("%s %s to %s: OTP %.1f min (%.1f with its free links of %.0f m walked), "
                      "engine %s (rounded down), limit %g min"
                      % (leg.kind, leg.start.id, leg.end.id, leg.otp_minutes,
                         leg.otp_minutes_linked, leg.link_meters, _minutes(engine_minutes),
                         leg.limit_minutes))
            if leg.otp_minutes_linked > leg.limit_minutes:
                return ("OTP's free links keep its %s walk within the limit" % leg.kind, detail)
            return ("%s walk over the limit in the engine" % leg.kind, detail)
    return None


def free_link(a, settings, evidence):
    """OTP joins the origin or destination to a distant street at no time; the engine walks
    that distance: either that explains the difference, or leaving that much earlier the
    engine arrives when OTP does (the walk made it miss a vehicle)."""
    if not otp_faster(a) or a.engine_minutes is None:
        return None
    o, d = free_link_meters(a)
    minutes = (o + d) / settings.walk_speed_mps / 60
    if minutes < LONGER_WALK_MINUTES:
        return None
    shift = evidence.shift.get(a.query.id, SHIFT_MINUTES)
    earlier = evidence.engine_earlier.get(a.query.id)
    caught = earlier is not None and earlier - shift <= a.otp_minutes + 1
    if a.engine_minutes - a.otp_minutes <= minutes + 2 or caught:
        return ("OTP's free link to a distant street",
                "OTP joins the origin to its street %.0f m away and the destination %.0f m away "
                "at no time; walking that takes %.1f min%s"
                % (o, d, minutes, "; leaving %d min earlier the engine arrives in %d min "
                   "(%d after the original departure)" % (shift, earlier, earlier - shift)
                   if caught else ""))
    return None


def longer_walk(a, settings, evidence):
    """The engine's walk over one of OTP's walking legs is markedly longer, even counting the
    free links at its ends as walked."""
    if not otp_faster(a):
        return None
    worst = None
    for leg in walk_legs(a, settings):
        engine_minutes = evidence.walks.get((leg.start, leg.end))
        if engine_minutes is not None:
            excess = engine_minutes - leg.otp_minutes_linked
            if excess >= LONGER_WALK_MINUTES and (worst is None or excess > worst[0]):
                worst = (excess, leg, engine_minutes)
    if worst:
        excess, leg, engine_minutes = worst
        return ("%s walk longer in the engine" % leg.kind,
                "%s %s to %s: OTP %.1f min (%.1f with its free links walked), engine %d min%s"
                % (leg.kind, leg.start.id, leg.end.id, leg.otp_minutes, leg.otp_minutes_linked,
                   engine_minutes, where_engine_falls_behind(a, settings, evidence)
                   if leg.kind == "access" else ""))
    return None


def knife_edge(a, settings, evidence):
    """Leaving 2 minutes earlier, the slower side arrives when the faster one does."""
    t = a.query.departure_minute
    shift = evidence.shift.get(a.query.id, SHIFT_MINUTES)
    if otp_faster(a):
        earlier = evidence.engine_earlier.get(a.query.id)
        slower, faster = "engine", a.otp_minutes
    elif engine_faster(a):
        earlier = evidence.otp_earlier.get(a.query.id)
        slower, faster = "OTP", a.engine_minutes
    else:
        return None
    if earlier is not None and faster is not None and \
            (t - shift) + earlier <= t + faster + 1:
        return ("knife-edge connection",
                "leaving %d min earlier, %s arrives in %d min (%d min after the original "
                "departure): within %d min of walking a vehicle is caught or missed"
                % (shift, slower, earlier, earlier - shift, shift))
    return None


def feasible_in_engine(a, settings, evidence):
    """OTP's itinerary fits the engine's own walks and limits, yet the engine is slower: a
    suspected engine fault, to investigate by hand."""
    if not otp_faster(a):
        return None
    legs = walk_legs(a, settings)
    if legs and all(evidence.walks.get((l.start, l.end)) is not None and
                    evidence.walks[(l.start, l.end)] <= l.otp_minutes + 1 and
                    evidence.walks[(l.start, l.end)] <= l.limit_minutes for l in legs):
        return ("SUSPECT: OTP's itinerary fits the engine's walks",
                "; ".join("%s %.1f/%s min" % (l.kind, l.otp_minutes,
                                              evidence.walks[(l.start, l.end)]) for l in legs))
    return None


RULES = [both_walk, engine_walks, street_island, linked_differently, walk_over_limit, free_link,
         longer_walk, no_stops_in_range, knife_edge, near_the_cap, feasible_in_engine]
