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

    def __init__(self, rae, network, date, runs_dir, server, zone, settings, otp_stop_ids=None):
        self.rae, self.network, self.date, self.runs = rae, network, date, runs_dir
        self.otp_stop_ids = otp_stop_ids or {}  # "stop:<engine id>" -> OTP's stop id
        self.server, self.zone, self.settings = server, zone, settings
        self.walks = {}
        self.engine_earlier = {}
        self.otp_earlier = {}
        self.shift = {}  # minutes earlier each side left, per query
        self.otp_walks = {}  # (start, end) -> OTP's walk seconds, or None

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
        self._otp_walks([a for a in answers if engine_faster(a)])

    def _otp_walks(self, answers):
        """OTP's walks over the engine's walking legs (when the engine journey is known)."""
        departure = datetime.datetime.combine(self.date, datetime.time(12), tzinfo=self.zone)
        for a in answers:
            for leg in engine_walk_legs(a, self.settings):
                key = (leg.start, leg.end)
                if key not in self.otp_walks:
                    self.otp_walks[key] = otp.walk_seconds(self.server, leg.start, leg.end,
                                                           departure, self.otp_stop_ids)

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
                                self.runs / "legs.csv", mode="walk",
                                # the legs are short: an hour bounds every search
                                max_minutes=60)
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


class EngineWalk:
    """One walking leg of the engine's journey: `minutes` as the engine walked it."""

    def __init__(self, kind, start, end, minutes, limit_minutes):
        self.kind, self.start, self.end = kind, start, end
        self.minutes, self.limit_minutes = minutes, limit_minutes


def engine_walk_legs(answer, s):
    j = answer.engine_journey
    if not j or not j["legs"]:
        return []
    q, result = answer.query, []
    point = lambda stop: sample.Point("stop:" + stop["id"], stop["lat"], stop["lon"])
    for leg in j["legs"]:
        minutes = (leg["end"] - leg["start"]) / 60
        if leg["kind"] == "access":
            result.append(EngineWalk("access", q.origin, point(leg["to_stop"]), minutes,
                                     s.max_walk_minutes))
        elif leg["kind"] == "egress":
            result.append(EngineWalk("egress", point(leg["from_stop"]), q.destination, minutes,
                                     s.max_walk_minutes))
        elif leg["kind"] == "transfer":
            result.append(EngineWalk("transfer", point(leg["from_stop"]), point(leg["to_stop"]),
                                     minutes, s.max_transfer_walk_seconds / 60))
    return result


def _stop_point(place):
    stop = (place.get("stop") or {}).get("gtfsId") or "%.6f,%.6f" % (place["lat"], place["lon"])
    return sample.Point("stop:" + stop, round(place["lat"], 6), round(place["lon"], 6))


def walk_legs(answer, s):
    """OTP's walking legs (access, transfers, egress) between the points it walked between;
    `s` the engine settings (the limits). None for a walk all the way. When OTP's itinerary
    starts or ends with a ride (it joined the origin or destination to the stop's own street,
    so the walk vanished), the access or egress is there with 0 minutes and its free link."""
    it = answer.otp_best
    if it is None or all(leg["mode"] == "WALK" for leg in it["legs"]):
        return []
    q, legs, result = answer.query, it["legs"], []
    if legs[0]["mode"] != "WALK":
        stop = _stop_point(legs[0]["from"])
        result.append(WalkLeg("access", q.origin, stop, 0.0,
                              sample.distance_m(q.origin.lat, q.origin.lon, stop.lat, stop.lon),
                              s.max_walk_minutes, s.walk_speed_mps))
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
    if legs[-1]["mode"] != "WALK":
        stop = _stop_point(legs[-1]["to"])
        result.append(WalkLeg("egress", stop, q.destination, 0.0,
                              sample.distance_m(stop.lat, stop.lon, q.destination.lat,
                                                q.destination.lon),
                              s.max_walk_minutes, s.walk_speed_mps))
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
    the engine does not walk, such as an access=private lane: slower for the engine when that
    street leads the long way round, faster when the engine's straight line crosses a site OTP
    walks around)."""
    if not a.disagrees:
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
    that part in a straight line): (origin side, destination side). When the itinerary starts or
    ends with a ride, the whole way between the point and the stop is free."""
    it = answer.otp_best
    if it is None or not it["legs"]:
        return 0.0, 0.0
    q, first, last = answer.query, it["legs"][0], it["legs"][-1]
    if first["mode"] == "WALK" and first["geometry"]:
        start = compare.decode_polyline(first["geometry"])[0]
    else:
        start = (first["from"]["lat"], first["from"]["lon"])
    if last["mode"] == "WALK" and last["geometry"]:
        end = compare.decode_polyline(last["geometry"])[-1]
    else:
        end = (last["to"]["lat"], last["to"]["lon"])
    return (sample.distance_m(q.origin.lat, q.origin.lon, *start),
            sample.distance_m(q.destination.lat, q.destination.lon, *end))


def egress_after_transfer_walk(a, settings, evidence):
    """ENGINE FAULT: the engine's journey ends with a transfer walk then the egress walk, two
    footpaths in a row whose sum passes the egress limit; OTP and R5 walk to the destination only
    from stops reached on board."""
    j = a.engine_journey
    if not (engine_faster(a) and j and j["egress_after_transfer_walk"]):
        return None
    if a.engine_on_board_minutes == a.engine_minutes:
        return None
    walks = [l for l in engine_walk_legs(a, settings) if l.kind in ("transfer", "egress")][-2:]
    return ("ENGINE: transfer walk then egress walk",
            "the engine walks %s (%.1f min) and then %s to the destination (%.1f min): %.1f min "
            "after its last ride, egress limit %d min; walking to the destination only from stops "
            "reached on board, it answers %s (OTP %s)"
            % (" to ".join(p.id for p in (walks[0].start, walks[0].end)), walks[0].minutes,
               walks[1].start.id, walks[1].minutes, walks[0].minutes + walks[1].minutes,
               settings.max_walk_minutes, _minutes(a.engine_on_board_minutes),
               _minutes(a.otp_minutes)))


def walk_in_otp(a, settings, evidence):
    """The engine's journey walks a leg that OTP cannot walk, or only over the limit, or walks it
    markedly faster."""
    if not engine_faster(a):
        return None
    worst = None
    for leg in engine_walk_legs(a, settings):
        key = (leg.start, leg.end)
        if key not in evidence.otp_walks:
            continue
        seconds = evidence.otp_walks[key]
        if seconds is None:
            return ("%s walk impossible in OTP" % leg.kind,
                    "OTP finds no walk from %s to %s; the engine walks it in %.1f min%s"
                    % (leg.start.id, leg.end.id, leg.minutes,
                       " (OTP links a stop to a street only within 100 m and leaves the rest "
                       "unreachable on foot; the engine links within maxStopLinkMeters)"
                       if leg.start.id.startswith("stop:") or leg.end.id.startswith("stop:")
                       else ""))
        minutes = seconds / 60
        if minutes > leg.limit_minutes >= leg.minutes:
            return ("%s walk over the limit in OTP" % leg.kind,
                    "%s %s to %s: engine %.1f min, OTP %.1f min, limit %g min"
                    % (leg.kind, leg.start.id, leg.end.id, leg.minutes, minutes,
                       leg.limit_minutes))
        if minutes - leg.minutes >= LONGER_WALK_MINUTES and (
                worst is None or minutes - leg.minutes > worst[0]):
            worst = (minutes - leg.minutes, leg, minutes)
    if worst:
        _, leg, minutes = worst
        return ("%s walk longer in OTP" % leg.kind,
                "%s %s to %s: engine %.1f min, OTP %.1f min"
                % (leg.kind, leg.start.id, leg.end.id, leg.minutes, minutes))
    return None


def missed_in_otp(a, settings, evidence):
    """Travelling the engine's journey with OTP's walks, OTP reaches a boarding stop too late for
    the vehicle the engine caught."""
    j = a.engine_journey
    if not (engine_faster(a) and j and j["legs"]):
        return None
    walks = iter(engine_walk_legs(a, settings))
    t = a.query.departure_minute * 60
    last = None
    for leg in j["legs"]:
        if leg["kind"] in ("access", "transfer", "egress"):
            walk = next(walks)
            seconds = evidence.otp_walks.get((walk.start, walk.end))
            if seconds is None:
                return None
            if leg["kind"] == "transfer":
                t = leg["start"]
            t += seconds
            last = (walk, seconds)
            continue
        if last is not None and t + settings.board_slack_seconds > leg["start"]:
            walk, seconds = last
            return ("connection missed in OTP: %s walk" % walk.kind,
                    "OTP walks %s to %s in %.1f min (the engine %.1f min), reaching it at %s: too "
                    "late for the ride the engine takes at %s" % (
                        walk.start.id, walk.end.id, seconds / 60, walk.minutes, compare.clock(t),
                        compare.clock(leg["start"])))
        t = leg["end"]
        last = None
    return None


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
                if leg.link_meters / settings.walk_speed_mps < 30:
                    return ("%s walk at the limit on both sides (seconds decide)" % leg.kind,
                            detail)
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


def replay_sequence(a, settings):
    """OTP's itinerary as the engine would have to travel it: ('walk', WalkLeg) and ('ride', leg)
    in order, with the access or egress OTP left out (a point joined to the stop's street) put
    back as a walk."""
    it = a.otp_best
    walks = walk_legs(a, settings)
    if it is None or not walks:
        return []
    sequence, w = [], iter(walks)
    if it["legs"][0]["mode"] != "WALK":
        sequence.append(("walk", next(w)))
    for leg in it["legs"]:
        sequence.append(("walk", next(w)) if leg["mode"] == "WALK" else ("ride", leg))
    if it["legs"][-1]["mode"] != "WALK":
        sequence.append(("walk", next(w)))
    return sequence


def missed_connection(a, settings, evidence):
    """Travelling OTP's itinerary with the engine's walks (rounded down: at least this long),
    the engine reaches a boarding stop too late for the vehicle OTP caught."""
    if not otp_faster(a):
        return None
    t = a.query.departure_minute * 60
    last_walk = None
    for kind, item in replay_sequence(a, settings):
        if kind == "walk":
            if (item.start, item.end) not in evidence.walks or \
                    evidence.walks[(item.start, item.end)] is None:
                return None
            t += evidence.walks[(item.start, item.end)] * 60
            last_walk = item
            continue
        board = item["start"] - a.midnight
        if item["interline"]:
            t = item["end"] - a.midnight
            continue
        if t + settings.board_slack_seconds > board and last_walk is not None:
            engine_minutes = evidence.walks[(last_walk.start, last_walk.end)]
            return ("connection missed in the engine: %s walk" % last_walk.kind,
                    "the engine walks %s to %s in %d min or more (OTP %.1f min, %.0f m of it "
                    "free links), reaching it at %s or later: too late for the %s %s leaving "
                    "%s with %d s to board" % (
                        last_walk.start.id, last_walk.end.id, engine_minutes,
                        last_walk.otp_minutes, last_walk.link_meters, compare.clock(t),
                        item["mode"].lower(), item["route"], compare.clock(board),
                        settings.board_slack_seconds))
        t = item["end"] - a.midnight
        last_walk = None
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
         longer_walk, missed_connection, egress_after_transfer_walk, walk_in_otp, missed_in_otp,
         no_stops_in_range, knife_edge, near_the_cap, feasible_in_engine]
