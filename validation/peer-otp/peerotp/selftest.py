"""`validation/peer-otp/run --self-test`: the parts that need no OTP and no network (config
writer, sampling, agreement arithmetic, classification rules), with hand-derived values."""

import datetime
import random
import sys
import unittest

from . import classify, compare, otpconfig, sample

NEWPORT = otpconfig.EngineSettings(
    walk_speed_kmh=4.8, board_slack_seconds=60, transfer_slack_seconds=0, max_walk_minutes=20,
    max_transfer_walk_minutes=10, max_transfers=4, max_trip_minutes=120,
    max_transfer_walk_meters=1600)


class OtpConfigTest(unittest.TestCase):

    def test_settings_come_from_rae_info(self):
        info = {"network": {
            "routing": {"walkSpeedKmh": 3.6, "bikeSpeedKmh": 12.0, "bikeExtraMinutes": 0,
                        "boardSlackSeconds": 60, "transferSlackSeconds": 0, "maxWalkMinutes": 17,
                        "maxTransferWalkMinutes": 10, "maxTransfers": 4, "maxTripMinutes": 120},
            "build": {"maxStopLinkMeters": 300.0, "maxTransferWalkMeters": 1600.0}}}
        poa = otpconfig.EngineSettings.from_info(info)
        self.assertEqual(1.0, poa.walk_speed_mps)  # 3.6 km/h = 1 m/s
        # 10 min = 600 s; 1,600 m at 1 m/s = 1,600 s: the minutes bind
        self.assertEqual(600, poa.max_transfer_walk_seconds)
        router = otpconfig.router_config(poa)["routingDefaults"]
        self.assertEqual("PT1020S", router["accessEgress"]["maxDuration"])  # 17 min
        self.assertEqual(1.0, router["walk"]["speed"])

    def test_the_build_distance_binds_when_shorter(self):
        short = otpconfig.EngineSettings(4.8, 60, 0, 20, 10, 4, 120, 500)
        # 500 m at 4.8 km/h (1.3333 m/s) = 375 s < 600 s
        self.assertEqual(375, short.max_transfer_walk_seconds)
        self.assertEqual("PT375S", otpconfig.build_config(short, [datetime.date(2023, 6, 13)])
                         ["maxTransferDuration"])

    def test_build_config_covers_the_previous_day_and_old_dates(self):
        config = otpconfig.build_config(NEWPORT, [datetime.date(2023, 6, 13)])
        self.assertEqual("2023-06-12", config["transitServiceStart"])  # trips past midnight
        self.assertEqual("2023-06-14", config["transitServiceEnd"])
        self.assertEqual("PT600S", config["maxTransferDuration"])  # min(600 s, 1,600 m / 1.333)
        self.assertEqual(0, config["subwayAccessTime"])
        self.assertEqual(1, config["transitFeeds"][0]["maxInterlineDistance"])
        self.assertEqual(round(4.8 / 3.6, 6), config["transferRequests"][0]["walk"]["speed"])

    def test_router_config_is_the_engines_request(self):
        router = otpconfig.router_config(NEWPORT)["routingDefaults"]
        self.assertEqual("PT60S", router["boardSlack"])
        self.assertEqual("PT0S", router["transferSlack"])
        self.assertEqual("PT1200S", router["accessEgress"]["maxDuration"])  # 20 min
        self.assertEqual("PT7200S", router["maxDirectStreetDuration"])  # 120 min
        self.assertEqual("constant", router["intersectionTraversalModel"])
        self.assertEqual("LIST_ALL", router["itineraryFilters"]["debug"])
        self.assertFalse(otpconfig.otp_config()["otpFeatures"]["ConsiderPatternsForDirectTransfers"])
        prefs = otpconfig.plan_preferences(NEWPORT)["transit"]["transfer"]
        self.assertEqual(4, prefs["maximumTransfers"])


class SampleTest(unittest.TestCase):
    POINTS = [sample.Point("p%d" % i, 50 + i / 100, -2.0) for i in range(10)]

    def test_the_same_seed_gives_the_same_sample(self):
        a = sample.draw(self.POINTS, 30, (840, 960), 5, seed=7)
        b = sample.draw(self.POINTS, 30, (840, 960), 5, seed=7)
        c = sample.draw(self.POINTS, 30, (840, 960), 5, seed=8)
        self.assertEqual(a, b)
        self.assertNotEqual(a, c)
        self.assertEqual(5, len({q.departure_minute for q in a}))  # 30 pairs over 5 minutes
        for q in a:
            self.assertNotEqual(q.origin, q.destination)
            self.assertTrue(840 <= q.departure_minute < 960)

    def test_window(self):
        self.assertEqual((840, 960), sample.parse_window("14:00-16:00"))
        self.assertRaises(ValueError, sample.parse_window, "16:00-14:00")
        self.assertEqual("14:05", sample.Query(0, None, None, 845).departure_hhmm)

    def test_offsets_and_distances_agree(self):
        lat, lon = sample.offset(51.58, -3.0, 500, 1.0)
        self.assertAlmostEqual(500, sample.distance_m(51.58, -3.0, lat, lon), delta=0.5)
        # one degree of latitude is about 111.2 km on a sphere of radius 6,371 km
        self.assertAlmostEqual(111_195, sample.distance_m(50, 0, 51, 0), delta=1)

    def test_points_around_stops_stay_within_the_radius(self):
        stops = [sample.Point("s1", 51.58, -3.0), sample.Point("s2", 51.60, -2.95)]
        points = sample.points_around_stops(stops, 200, 800, random.Random(1))
        self.assertEqual(200, len(points))
        for p in points:
            nearest = min(sample.distance_m(p.lat, p.lon, s.lat, s.lon) for s in stops)
            self.assertLessEqual(nearest, 800.5)  # rounding to 6 decimals moves < 0.1 m


def answer(engine, otp_minutes, engine_walk=None, otp_walk=None, best=None):
    a = compare.Answer(sample.Query(0, None, None, 0), engine, engine_walk)
    a.otp_seconds = None if otp_minutes is None else otp_minutes * 60 + 30
    a.otp_walk_seconds = None if otp_walk is None else otp_walk * 60
    a.otp_best = best
    return a


class CompareTest(unittest.TestCase):

    def test_agreement_arithmetic(self):
        answers = [answer(10, 10), answer(11, 10), answer(8, 10), answer(20, 14),
                   answer(30, None), answer(None, None)]
        a = compare.agreement(answers)
        # differences 0, +1, -2, +6: |d| sorted 0, 1, 2, 6 -> median 1.5; mean (0+1-2+6)/4 = 1.25
        self.assertEqual((6, 4, 1, 0, 1), (a.queries, a.both, a.engine_only, a.otp_only,
                                           a.neither))
        self.assertEqual(1.5, a.median_abs_minutes)
        self.assertEqual(1.25, a.mean_minutes)
        self.assertEqual(2 / 4, a.within_1)
        self.assertEqual(3 / 4, a.within_5)
        self.assertEqual(3 / 5, a.within_5_counting_one_sided)  # the engine-only one is a miss
        self.assertFalse(a.passes())
        self.assertTrue(answers[3].disagrees and answers[4].disagrees)
        self.assertFalse(answers[2].disagrees or answers[5].disagrees)

    def test_otp_minutes_round_down_like_the_engine(self):
        self.assertEqual(10, answer(10, 10).otp_minutes)  # 630 s -> 10 min

    def test_the_earliest_arrival_wins_and_late_or_early_itineraries_do_not_count(self):
        walk = {"start": 1000, "end": 1000 + 3000, "transfers": 0,
                "legs": [{"mode": "WALK"}]}
        bus = {"start": 1100, "end": 1000 + 1500, "transfers": 1,
               "legs": [{"mode": "WALK"}, {"mode": "BUS"}, {"mode": "WALK"}]}
        bus_direct = dict(bus, transfers=0)
        before = {"start": 900, "end": 1000 + 100, "transfers": 0, "legs": [{"mode": "BUS"}]}
        best, walk_seconds, itinerary = compare.best_itineraries(
            [walk, bus, bus_direct, before], 1000, 7200)
        self.assertEqual(1500, best)  # 1,000 + 1,500 - 1,000; `before` left before 1,000
        self.assertEqual(3000, walk_seconds)
        self.assertIs(bus_direct, itinerary)  # same arrival, fewer transfers
        self.assertEqual((None, None, None), compare.best_itineraries([walk], 1000, 2000))

    def test_polyline(self):
        # Google's documented example
        points = compare.decode_polyline("_p~iF~ps|U_ulLnnqC_mqNvxq`@")
        self.assertEqual([(38.5, -120.2), (40.7, -120.95), (43.252, -126.453)], points)


def encode_polyline(points):
    """Google's polyline encoding (the inverse of compare.decode_polyline), for fixtures."""
    out, last = [], (0, 0)
    for lat, lon in points:
        cur = (round(lat * 1e5), round(lon * 1e5))
        for delta in (cur[0] - last[0], cur[1] - last[1]):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        last = cur
    return "".join(out)


class FakeEvidence:
    def __init__(self, walks=None, engine_earlier=None, shift=None, otp_walks=None):
        self.walks = walks or {}
        self.engine_earlier = engine_earlier or {}
        self.otp_earlier = {}
        self.shift = shift or {}
        self.otp_walks = otp_walks or {}


# origin O and destination D 1,000 m apart on one meridian (0.008993 degrees of latitude)
O = sample.Point("O", 51.0, -2.0)
D = sample.Point("D", 51.008993, -2.0)
STOP_A = {"name": "A", "lat": 51.002, "lon": -2.0, "stop": {"gtfsId": "rae:A"}}
STOP_B = {"name": "B", "lat": 51.007, "lon": -2.0, "stop": {"gtfsId": "rae:B"}}


def walk_leg(start, end, minutes, points, t0=0):
    return {"mode": "WALK", "start": t0, "end": t0 + minutes * 60, "distance": 0,
            "interline": False, "from": start, "to": end, "route": None, "trip": None,
            "geometry": encode_polyline(points)}


def bus_leg(start, end, t0, t1):
    return {"mode": "BUS", "start": t0, "end": t1, "distance": 0, "interline": False,
            "from": start, "to": end, "route": "1", "trip": "rae:T1", "geometry": None}


def answer_with(engine, engine_walk, itinerary, otp_seconds, otp_walk_seconds=None):
    a = compare.Answer(sample.Query(7, O, D, 600), engine, engine_walk)
    a.otp_best, a.otp_seconds, a.otp_walk_seconds = itinerary, otp_seconds, otp_walk_seconds
    return a


class ClassifyTest(unittest.TestCase):
    PLACE_O = {"name": "Origin", "lat": O.lat, "lon": O.lon, "stop": None}
    PLACE_D = {"name": "Destination", "lat": D.lat, "lon": D.lon, "stop": None}

    def test_polyline_round_trip(self):
        points = [(51.0, -2.0), (51.00123, -2.00456)]
        self.assertEqual(points, compare.decode_polyline(encode_polyline(points)))

    def test_both_walking_along_the_same_street_is_a_street_difference(self):
        # OTP walks 12.5 min from the origin itself (no link), the engine 20 min
        walk = {"legs": [walk_leg(self.PLACE_O, self.PLACE_D, 12.5, [(O.lat, O.lon),
                                                                    (D.lat, D.lon)])]}
        a = answer_with(20, 20, walk, 12.5 * 60, 12.5 * 60)
        cause, evidence = classify.classify(a, NEWPORT, FakeEvidence())
        self.assertEqual("direct walk differs (street network)", cause)
        self.assertIn("engine walks 20 min, OTP walks 12 min", evidence)

    def test_a_distant_free_link_explains_a_walk(self):
        # OTP starts its walk 400 m north of the origin (0.0036 degrees = 400.3 m; the polyline
        # ends 0.3 m from D) and walks 600 m in 7.5 min; the engine walks the 400 m too, at
        # 80 m/min: 5.0 + 7.5 = 12.5 min -> 12
        walk = {"legs": [walk_leg(self.PLACE_O, self.PLACE_D, 7.5, [(51.0036, -2.0),
                                                                   (D.lat, D.lon)])]}
        a = answer_with(12, 12, walk, 7.5 * 60, 7.5 * 60)
        cause, evidence = classify.classify(a, NEWPORT, FakeEvidence())
        self.assertEqual("OTP's free link to a distant street", cause)
        self.assertIn("401 m of free links", evidence)

    def transit(self, access_minutes):
        # walk O -> A, bus A 10:10 -> B 10:20, walk B -> D
        return {"transfers": 0, "legs": [
            walk_leg(self.PLACE_O, STOP_A, access_minutes, [(O.lat, O.lon), (51.002, -2.0)]),
            bus_leg(STOP_A, STOP_B, 36600, 37200),
            walk_leg(STOP_B, self.PLACE_D, 3, [(51.007, -2.0), (D.lat, D.lon)], 37200)]}

    def test_an_access_walk_at_the_limit_in_the_engine(self):
        # OTP walks 19.5 min to A (limit 20); the engine's walk is 20 min rounded down: at least
        # 20:00, over the limit unless exactly 20:00
        it = self.transit(19.5)
        a = answer_with(50, 60, it, 23 * 60)
        walks = {(O, classify._stop_point(STOP_A)): 20}
        cause, evidence = classify.classify(a, NEWPORT, FakeEvidence(walks))
        self.assertEqual("access walk over the limit in the engine", cause)
        self.assertIn("engine 20 min (rounded down), limit 20 min", evidence)

    def test_an_island_in_the_engine(self):
        # the engine cannot walk from the origin to the street OTP joined it to
        it = self.transit(5)
        a = answer_with(None, None, it, 23 * 60)
        start = classify.links(a, NEWPORT)[0]
        cause, _ = classify.classify(a, NEWPORT, FakeEvidence({(start[1], start[2]): None}))
        self.assertEqual("origin on a street island in the engine", cause)

    def test_a_connection_missed_in_the_engine(self):
        # OTP: 8.5-min access from 10:00 to A (at 10:08:30, 90 s before the bus leaves A at
        # 10:10:00 = 36,600 s). The engine walks O -> A in 10 min or more (1.5 min longer: not
        # "longer" by the 2-minute rule): at A at 10:10:00 or later, 60 s to board: too late
        it = self.transit(8.5)
        a = answer_with(40, 60, it, 23 * 60)
        a.midnight = 0  # the fixture's times are seconds since midnight
        legs = classify.walk_legs(a, NEWPORT)
        walks = {(l.start, l.end): m for l, m in zip(legs, [10, 3])}
        cause, evidence = classify.classify(a, NEWPORT, FakeEvidence(walks))
        self.assertEqual("connection missed in the engine: access walk", cause)
        self.assertIn("reaching it at 10:10:00 or later: too late for the bus 1 leaving 10:10:00",
                      evidence)

    def test_a_knife_edge_connection(self):
        # OTP 23 min from 10:00; the engine 40 min, but leaving at 09:58 it arrives in 24 min,
        # at 10:22, within a minute of OTP's 10:23
        it = self.transit(5)
        a = answer_with(40, 60, it, 23 * 60 + 10)
        cause, evidence = classify.classify(
            a, NEWPORT, FakeEvidence(engine_earlier={7: 24}, shift={7: 2}))
        self.assertEqual("knife-edge connection", cause)
        self.assertIn("leaving 2 min earlier, engine arrives in 24 min", evidence)


def stop(id_, lat):
    return {"id": id_, "lat": lat, "lon": -2.0}


class EngineJourneyRulesTest(unittest.TestCase):
    # engine: access 4 min to A, ride A 10:05 -> B 10:15, transfer walk B -> C 6 min, egress C -> D
    # 15 min: 10:36 from 10:00 = 36 min; with egress only after a ride it would answer 50
    JOURNEY = {"seconds": 36 * 60, "on_board_egress_seconds": 50 * 60,
               "egress_after_transfer_walk": True, "legs": [
                   {"kind": "access", "from_stop": None, "to_stop": stop("A", 51.002),
                    "start": 36000, "end": 36240},
                   {"kind": "ride", "from_stop": stop("A", 51.002), "to_stop": stop("B", 51.006),
                    "start": 36300, "end": 36900},
                   {"kind": "transfer", "from_stop": stop("B", 51.006),
                    "to_stop": stop("C", 51.007), "start": 36900, "end": 37260},
                   {"kind": "egress", "from_stop": stop("C", 51.007), "to_stop": None,
                    "start": 37260, "end": 38160}]}

    def answer(self, otp_minutes):
        a = answer_with(36, 70, None, None if otp_minutes is None else otp_minutes * 60)
        a.engine_journey = self.JOURNEY
        return a

    def test_a_transfer_walk_then_the_egress_walk_is_an_engine_fault(self):
        a = self.answer(50)
        self.assertEqual(50, a.engine_on_board_minutes)
        cause, evidence = classify.classify(a, NEWPORT, FakeEvidence())
        self.assertEqual("ENGINE: transfer walk then egress walk", cause)
        # 6 + 15 = 21 min of walking after the last ride, over the 20-minute egress limit
        self.assertIn("21.0 min after its last ride, egress limit 20 min", evidence)
        self.assertIn("it answers 50 min (OTP 50 min)", evidence)

    def test_a_walk_otp_cannot_make(self):
        journey = dict(self.JOURNEY, egress_after_transfer_walk=False)
        a = self.answer(60)
        a.engine_journey = journey
        access = classify.engine_walk_legs(a, NEWPORT)[0]
        self.assertEqual(4.0, access.minutes)  # 36,240 - 36,000 s
        cause, evidence = classify.classify(
            a, NEWPORT, FakeEvidence(otp_walks={(access.start, access.end): None}))
        self.assertEqual("access walk impossible in OTP", cause)
        self.assertIn("OTP finds no walk from O to stop:A", evidence)


def run():
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=1).run(suite)
    return 0 if result.wasSuccessful() else 1
