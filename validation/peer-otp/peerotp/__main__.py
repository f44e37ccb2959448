"""The peer check against OpenTripPlanner: see docs/validation.md. Entry: validation/peer-otp/run."""

import argparse
import datetime
import hashlib
import json
import random
import shutil
import signal
import sys
from collections import defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

from . import classify, compare, engine, otp, otpconfig, report, sample


def arguments(argv):
    parser = argparse.ArgumentParser(prog="validation/peer-otp/run", description=__doc__)
    parser.add_argument("--repo", required=True, help=argparse.SUPPRESS)
    parser.add_argument("region", nargs="?", help="region folder (with region.yaml)")
    parser.add_argument("--sample", type=int, default=400, help="queries per date (default 400)")
    parser.add_argument("--seed", type=int, default=1, help="sampling seed (default 1)")
    parser.add_argument("--dates", nargs="+", help="service dates YYYY-MM-DD (default: the "
                        "network's first date with service)")
    parser.add_argument("--window", default="07:00-10:00",
                        help="departure window HH:MM-HH:MM (default 07:00-10:00)")
    parser.add_argument("--minutes", type=int, default=20,
                        help="distinct departure minutes drawn in the window (default 20)")
    parser.add_argument("--points", help="id,lat,lon CSV of candidate origins and destinations "
                        "(default: points drawn around the stops linked to the street map)")
    parser.add_argument("--radius-m", type=float, default=800,
                        help="with no --points: how far from a stop points are drawn (800)")
    parser.add_argument("--osm-tag-mapping", default="uk",
                        help="OTP's OSM tag mapping (default uk: closest to the engine's walking "
                        "rules, see docs/validation.md)")
    parser.add_argument("--out", help="report folder (default validation/peer-otp/results/NAME)")
    parser.add_argument("--work", help="working folder (default out/peer-otp/NAME)")
    parser.add_argument("--network", help="use this built network instead of building one")
    parser.add_argument("--self-test", action="store_true",
                        help="check the config writer, sampling and report arithmetic; no OTP")
    args = parser.parse_args(argv)
    if not args.self_test and not args.region:
        parser.error("give a REGION_DIR (or --self-test)")
    return args


def main(argv):
    args = arguments(argv)
    if args.self_test:
        from . import selftest
        return selftest.run()
    repo = Path(args.repo)
    region = Path(args.region).resolve()
    name = region.name
    work = Path(args.work or repo / "out" / "peer-otp" / name).resolve()
    out = Path(args.out or repo / "validation" / "peer-otp" / "results" / name).resolve()
    work.mkdir(parents=True, exist_ok=True)
    stop_servers_on_signals()

    jar = otp.fetch_jar()
    rae = engine.Rae(repo)
    network = Path(args.network).resolve() if args.network else work / "network.rae"
    if not args.network:
        otp.say("building the network with ./rae build")
        rae.build(region, network)
    info = rae.info(network)
    settings = otpconfig.EngineSettings.from_info(info)
    zone = ZoneInfo(info["network"]["timeZone"])
    dates = [datetime.date.fromisoformat(d) for d in (args.dates or
                                                      [info["counts"]["firstServiceDate"]])]
    window = sample.parse_window(args.window)

    answers_by_date = {}
    for date in dates:
        day = work / date.isoformat()
        graph_dir = prepare_otp_inputs(rae, network, info, settings, date, day, args)
        points = candidate_points(args, network, graph_dir, day)
        queries = sample.draw(points, args.sample, window, args.minutes, args.seed)
        answers = engine_answers(rae, network, date, queries, day)
        for a in answers:
            a.date = date.isoformat()
        otp.say("the engine's journeys (validation/peer-otp/tools/EngineJourney.java)")
        journeys = engine.journeys(repo, network, answers, day / "rae" / "journeys-in.csv",
                                   day / "rae" / "journeys.jsonl")
        for a in answers:
            a.engine_journey = journeys.get(a.query.id)
        build_graph_once(jar, graph_dir, day)
        with otp.Server(jar, graph_dir, day / "otp-serve.log") as server:
            otp_answers(server, answers, date, zone, settings)
            evidence = classify.Evidence(rae, network, date, day / "rae", server, zone, settings,
                                         otp_stop_ids(graph_dir))
            classify.classify_all(answers, settings, evidence)
        answers_by_date[date] = answers
        dump_answers(day / "answers.json", answers)
    report.write(out, region_name=info["network"]["regionName"], region_dir=name,
                 settings=settings, answers_by_date=answers_by_date, zone=zone, args=args)
    otp.say("wrote %s" % (out / "report.md"))
    return 0


def prepare_otp_inputs(rae, network, info, settings, date, day, args):
    """The day's GTFS (as the engine sees it), the OSM extract and OTP's two config files."""
    graph_dir = day / "otp"
    graph_dir.mkdir(parents=True, exist_ok=True)
    otp.say("exporting the timetable of %s with ./rae export-gtfs" % date)
    rae.export_gtfs(network, date.isoformat(), graph_dir / otpconfig.GTFS_FILE)
    osm = [i["path"] for i in info["network"]["inputs"] if i["role"] == "osm"][0]
    shutil.copyfile(osm, graph_dir / otpconfig.OSM_FILE)
    write_json(graph_dir / "build-config.json", otpconfig.build_config(settings, [date],
                                                                         args.osm_tag_mapping))
    write_json(graph_dir / "router-config.json", otpconfig.router_config(settings))
    write_json(graph_dir / "otp-config.json", otpconfig.otp_config())
    return graph_dir


def build_graph_once(jar, graph_dir, day):
    """Builds OTP's graph unless one was built from exactly these inputs (a stamp of hashes)."""
    digest = hashlib.sha256()
    for name in [otpconfig.GTFS_FILE, otpconfig.OSM_FILE, "build-config.json",
                 "router-config.json", "otp-config.json"]:
        digest.update((graph_dir / name).read_bytes())
    digest.update(str(jar).encode())
    stamp = graph_dir / "graph.stamp"
    if (graph_dir / "graph.obj").exists() and stamp.exists() and \
            stamp.read_text() == digest.hexdigest():
        otp.say("reusing the OTP graph built from the same inputs")
        return
    otp.build_graph(jar, graph_dir, day / "otp-build.log")
    stamp.write_text(digest.hexdigest())


def otp_stop_ids(graph_dir):
    """"stop:<engine id>" -> OTP's id of that stop in the exported feed, whether the export kept
    the feed prefix ("eptc:3837") or wrote the source's id ("3837")."""
    exported = {s.id for s in sample.read_points_gtfs(graph_dir / otpconfig.GTFS_FILE)}
    mapping = {}
    for stop_id in exported:
        mapping["stop:" + stop_id] = otpconfig.OTP_FEED_ID + ":" + stop_id
    return _EngineStopIds(mapping)


class _EngineStopIds(dict):
    """Looks an engine stop id up with its feed prefix dropped when the export dropped it."""

    def __contains__(self, key):
        return dict.__contains__(self, key) or dict.__contains__(self, _unprefixed(key))

    def __getitem__(self, key):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return dict.__getitem__(self, _unprefixed(key))


def _unprefixed(key):
    """"stop:bods:X" -> "stop:X"."""
    rest = key[len("stop:"):]
    return "stop:" + rest.split(":", 1)[-1] if key.startswith("stop:") else key


def candidate_points(args, network, graph_dir, day):
    if args.points:
        return sample.read_points(args.points)
    stops = sample.read_points_gtfs(graph_dir / otpconfig.GTFS_FILE)
    linked = engine.linked_stops(network.with_suffix(".report.json"), stops)
    rng = random.Random(args.seed)
    points = sample.points_around_stops(linked, 2 * args.sample, args.radius_m, rng)
    engine.write_points(day / "points.csv", points)
    return points


def engine_answers(rae, network, date, queries, day):
    """`rae matrix` once per departure minute (transit) and once for walking; per query."""
    runs = day / "rae"
    runs.mkdir(exist_ok=True)
    by_minute = defaultdict(list)
    for q in queries:
        by_minute[q.departure_minute].append(q)
    transit = {}
    for i, (minute, group) in enumerate(sorted(by_minute.items())):
        otp.say("rae matrix %d/%d (departure %02d:%02d, %d pairs)"
                % (i + 1, len(by_minute), minute // 60, minute % 60, len(group)))
        origins, destinations = runs / ("o%04d.csv" % minute), runs / ("d%04d.csv" % minute)
        engine.write_points(origins, [q.origin for q in group])
        engine.write_points(destinations, [q.destination for q in group])
        times = rae.matrix(network, origins, destinations, date.isoformat(), minute,
                           runs / ("m%04d.csv" % minute))
        for q in group:
            transit[q.id] = times[(q.origin.id, q.destination.id)]
    origins, destinations = runs / "walk-o.csv", runs / "walk-d.csv"
    engine.write_points(origins, [q.origin for q in queries])
    engine.write_points(destinations, [q.destination for q in queries])
    otp.say("rae matrix --mode walk (direct walks)")
    walks = rae.matrix(network, origins, destinations, date.isoformat(), queries[0].departure_minute,
                       runs / "walk.csv", mode="walk")
    return [compare.Answer(q, transit[q.id], walks[(q.origin.id, q.destination.id)])
            for q in queries]


def otp_answers(server, answers, date, zone, settings):
    preferences = otpconfig.plan_preferences(settings)
    for i, answer in enumerate(answers):
        if i % 50 == 0:
            otp.say("OTP queries %d/%d" % (i, len(answers)))
        q = answer.query
        departure = datetime.datetime.combine(date, datetime.time(*divmod(q.departure_minute, 60)),
                                              tzinfo=zone)
        itineraries, errors = otp.plan(server, q, departure, preferences)
        best, walk, itinerary = compare.best_itineraries(
            itineraries, departure.timestamp(), settings.max_trip_minutes * 60)
        answer.otp_seconds, answer.otp_walk_seconds, answer.otp_best = best, walk, itinerary
        answer.otp_errors = errors
        if best is not None:
            o, d = classify.free_link_meters(answer)
            linked = best + (o + d) / settings.walk_speed_mps
            answer.otp_linked_seconds = linked if linked <= settings.max_trip_minutes * 60 else None
        answer.date = date.isoformat()
        answer.midnight = datetime.datetime.combine(date, datetime.time(0), tzinfo=zone).timestamp()


def dump_answers(path, answers):
    """Everything both engines answered, for reading disagreements again without rerunning."""
    rows = []
    for a in answers:
        q = a.query
        rows.append({"query": q.id, "origin": [q.origin.id, q.origin.lat, q.origin.lon],
                     "destination": [q.destination.id, q.destination.lat, q.destination.lon],
                     "departure_minute": q.departure_minute, "date": a.date,
                     "midnight": a.midnight, "engine_minutes": a.engine_minutes,
                     "engine_walk_minutes": a.engine_walk_minutes, "otp_seconds": a.otp_seconds,
                     "otp_walk_seconds": a.otp_walk_seconds, "otp_errors": a.otp_errors,
                     "otp_linked_seconds": a.otp_linked_seconds,
                     "otp_best": a.otp_best, "engine_journey": a.engine_journey,
                     "cause": a.cause, "evidence": a.evidence})
    write_json(path, rows)


def write_json(path, data):
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def stop_servers_on_signals():
    def handler(signum, frame):
        for server in list(otp.Server.running):
            server.stop()
        sys.exit(128 + signum)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
