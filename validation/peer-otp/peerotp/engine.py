"""This engine's side, through its command line only (`./rae`), as a user would run it."""

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path


class Rae:
    def __init__(self, repo):
        self.launcher = str(Path(repo) / "rae")

    def run(self, *args, capture=False):
        command = [self.launcher] + [str(a) for a in args]
        result = subprocess.run(command, stdout=subprocess.PIPE if capture else sys.stderr,
                                stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            raise SystemExit("peer-otp: %s failed (exit %d):\n%s"
                             % (" ".join(command[:2]), result.returncode, result.stderr))
        return result.stdout if capture else None

    def build(self, region, network):
        self.run("build", "--region", region, "--out", network)

    def info(self, network):
        return json.loads(self.run("info", "--network", network, capture=True))

    def export_gtfs(self, network, date, out):
        self.run("export-gtfs", "--network", network, "--date", date, "--out", out)

    def matrix(self, network, origins, destinations, date, minute, out, mode="transit",
               max_minutes=None):
        """Whole minutes for a departure at `minute` (a one-minute window); None = unreachable.
        Scheduled transit only: OTP is given no community transport either. A result already in
        `out`, written from the same network and point files, is read again rather than rerun."""
        first = "%02d:%02d" % divmod(minute, 60)
        end = "%02d:%02d" % divmod(minute + 1, 60)
        command = [str(network), str(origins), str(destinations), date, first, mode,
                   str(max_minutes)]
        stamp = Path(str(out) + ".args")
        key = "\n".join(command + [_digest(network), _digest(origins), _digest(destinations)])
        if Path(out).exists() and stamp.exists() and stamp.read_text() == key:
            return _read_matrix(out)
        self.run("matrix", "--network", network, "--origins", origins,
                 "--destinations", destinations, "--date", date, "--from", first, "--to", end,
                 "--mode", mode, "--percentiles", "50", "--no-community-transport", "--out", out,
                 *(["--max-minutes", max_minutes] if max_minutes else []))
        stamp.write_text(key)
        return _read_matrix(out)


def _read_matrix(path):
    times = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            value = row["p50"]
            times[(row["origin_id"], row["destination_id"])] = int(value) if value else None
    return times


def _digest(path):
    """Size, modification time and SHA-256 of a file (the network: size and time only)."""
    p = Path(path)
    stat = p.stat()
    if stat.st_size > 10_000_000:
        return "%d %d" % (stat.st_size, stat.st_mtime_ns)
    return "%d %s" % (stat.st_size, hashlib.sha256(p.read_bytes()).hexdigest())


def journeys(repo, network, answers, queries_csv, out):
    """The engine's journeys (tools/EngineJourney.java) for `answers`, by query id; only those
    whose time equals `rae matrix`'s answer are kept. Empty, with a message, when the tool cannot
    run (it uses the engine's internal classes, which a refactoring may move)."""
    import os
    with open(queries_csv, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["query", "date", "departure", "origin_lat", "origin_lon", "destination_lat",
                    "destination_lon"])
        for a in answers:
            q = a.query
            w.writerow([q.id, a.date, q.departure_hhmm, "%.6f" % q.origin.lat,
                        "%.6f" % q.origin.lon, "%.6f" % q.destination.lat,
                        "%.6f" % q.destination.lon])
    java = str(Path(os.environ["JAVA_HOME"]) / "bin" / "java")
    tool = Path(__file__).resolve().parent.parent / "tools" / "EngineJourney.java"
    jar = Path(repo) / "engine" / "target" / "rae.jar"
    result = subprocess.run([java, "-Xmx3g", "-cp", str(jar), str(tool), str(network),
                             str(queries_csv), str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        print("peer-otp: the engine journey tool did not run; engine-faster disagreements stay "
              "unclassified:\n" + result.stderr[-2000:], file=sys.stderr)
        return {}
    by_query = {}
    answers_by_id = {a.query.id: a for a in answers}
    with open(out) as f:
        for line in f:
            journey = json.loads(line)
            a = answers_by_id[journey["query"]]
            minutes = None if journey["seconds"] is None else journey["seconds"] // 60
            walk = a.engine_walk_minutes
            best = min([m for m in (minutes, walk) if m is not None], default=None)
            if best == a.engine_minutes:
                by_query[journey["query"]] = journey
    return by_query


def write_points(path, points):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "lat", "lon"])
        for p in sorted(set(points), key=lambda p: p.id):
            writer.writerow([p.id, "%.6f" % p.lat, "%.6f" % p.lon])


def linked_stops(report_json, gtfs_stops):
    """The exported feed's stops (a list of Points) that the engine linked to the street map:
    all but those the build report lists as STOP_NOT_LINKED (ids with or without feed prefix)."""
    with open(report_json) as f:
        report = json.load(f)
    unlinked = set()
    for issue in report.get("issues", []):
        if issue.get("code") == "STOP_NOT_LINKED" and issue.get("id"):
            unlinked.add(issue["id"])
            unlinked.add(issue["id"].split(":", 1)[-1])
    return [s for s in gtfs_stops if s.id not in unlinked]
