"""OpenTripPlanner 2.9: fetched from Maven Central (SHA-1 checked), built and served locally.

The server this module starts is always stopped: `Server` is a context manager, and the harness
also stops it on SIGINT/SIGTERM (see __main__), so no OTP is left running on a shared machine.
"""

import datetime
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

VERSION = "2.9.0"
JAR_URL = ("https://repo1.maven.org/maven2/org/opentripplanner/otp-shaded/%s/otp-shaded-%s.jar"
           % (VERSION, VERSION))
HEAP = os.environ.get("PEER_OTP_HEAP", "-Xmx4g")


def say(message):
    print("peer-otp: " + message, file=sys.stderr, flush=True)


def cache_dir():
    return Path(os.environ.get("RAE_OTP_CACHE", Path.home() / ".cache" / "rae" / "otp"))


def sha1_of(path):
    digest = hashlib.sha1()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_jar():
    """The cached jar, downloaded first when missing; its SHA-1 is Maven Central's or it fails."""
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    jar = directory / ("otp-shaded-%s.jar" % VERSION)
    sha_file = directory / (jar.name + ".sha1")
    if not sha_file.exists():
        with urllib.request.urlopen(JAR_URL + ".sha1", timeout=60) as response:
            sha_file.write_text(response.read().decode("ascii").split()[0].strip())
    expected = sha_file.read_text().strip()
    if jar.exists() and sha1_of(jar) == expected:
        return jar
    partial = jar.with_suffix(".jar.partial")
    say("downloading %s (183 MB) into %s" % (JAR_URL, directory))
    with urllib.request.urlopen(JAR_URL, timeout=600) as response, open(partial, "wb") as out:
        total = int(response.headers.get("Content-Length", 0))
        done, last = 0, 0
        for block in iter(lambda: response.read(1 << 20), b""):
            out.write(block)
            done += len(block)
            if total and done * 10 // total > last:
                last = done * 10 // total
                say("  %d%%" % (last * 10))
    actual = sha1_of(partial)
    if actual != expected:
        partial.unlink()
        raise SystemExit("peer-otp: %s has SHA-1 %s, Maven Central says %s; not used"
                         % (JAR_URL, actual, expected))
    partial.replace(jar)
    return jar


def java():
    return str(Path(os.environ["JAVA_HOME"]) / "bin" / "java")


def build_graph(jar, directory, log):
    """`otp --build --save`: graph.obj in `directory` (GTFS, OSM and configs already there)."""
    say("building the OTP graph in %s (log: %s)" % (directory, log))
    with open(log, "w") as out:
        code = subprocess.call([java(), HEAP, "-jar", str(jar), "--build", "--save",
                                "--abortOnUnknownConfig", str(directory)],
                               stdout=out, stderr=subprocess.STDOUT)
    if code != 0 or not (directory / "graph.obj").exists():
        raise SystemExit("peer-otp: the OTP graph build failed (exit %d); see %s" % (code, log))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`otp --load` on 127.0.0.1 at a free port; stopped on exit from the `with` block."""

    running = []  # for the signal handlers

    def __init__(self, jar, directory, log):
        self.jar, self.directory, self.log = jar, directory, log
        self.port = free_port()
        self.process = None

    def __enter__(self):
        say("starting OTP on 127.0.0.1:%d" % self.port)
        self.out = open(self.log, "w")
        self.process = subprocess.Popen(
            [java(), HEAP, "-jar", str(self.jar), "--load", "--abortOnUnknownConfig",
             "--bindAddress", "127.0.0.1", "--port", str(self.port), str(self.directory)],
            stdout=self.out, stderr=subprocess.STDOUT, start_new_session=True)
        Server.running.append(self)
        deadline = time.time() + 600
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("peer-otp: OTP exited (%d) while starting; see %s"
                                 % (self.process.returncode, self.log))
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/otp" % self.port, timeout=5):
                    return self
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                time.sleep(2)
        self.stop()
        raise SystemExit("peer-otp: OTP not ready after 10 minutes; see %s" % self.log)

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            say("stopping OTP (pid %d)" % self.process.pid)
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self in Server.running:
            Server.running.remove(self)
        if getattr(self, "out", None):
            self.out.close()

    def graphql(self, query, variables):
        body = json.dumps({"query": query, "variables": variables}).encode("utf-8")
        request = urllib.request.Request(
            "http://127.0.0.1:%d/otp/gtfs/v1" % self.port, data=body,
            headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=300) as response:
            answer = json.loads(response.read())
        if answer.get("errors"):
            raise RuntimeError("OTP GraphQL error: %s" % answer["errors"])
        return answer["data"]


PLAN = """
query($o: PlanLabeledLocationInput!, $d: PlanLabeledLocationInput!, $t: OffsetDateTime!,
      $prefs: PlanPreferencesInput) {
  planConnection(origin: $o, destination: $d, dateTime: {earliestDeparture: $t},
                 searchWindow: "PT1M", first: 100, preferences: $prefs,
                 modes: {direct: [WALK], transit: {access: [WALK], egress: [WALK], transfer: [WALK]}},
                 itineraryFilter: {itineraryFilterDebugProfile: LIST_ALL}) {
    routingErrors { code }
    edges { node {
      start end numberOfTransfers
      legs {
        mode start { scheduledTime } end { scheduledTime } distance interlineWithPreviousLeg
        from { name lat lon stop { gtfsId } } to { name lat lon stop { gtfsId } }
        route { gtfsId shortName } trip { gtfsId }
        legGeometry { points }
      }
    } }
  }
}
"""


WALK = """
query($o: PlanLabeledLocationInput!, $d: PlanLabeledLocationInput!, $t: OffsetDateTime!) {
  planConnection(origin: $o, destination: $d, dateTime: {earliestDeparture: $t}, first: 1,
                 modes: {directOnly: true, direct: [WALK]}) {
    edges { node { start end } }
  }
}
"""


def walk_seconds(server, start, end, departure, stop_ids=None):
    """OTP's walk between two points (seconds), or None when it finds none. A point that is a
    stop (`stop_ids` maps its id to OTP's stop id) is given as that stop, so OTP walks from where
    it linked the stop (or finds no walk when it left the stop unlinked), not from a coordinate it
    would join to the nearest street for free."""
    stop_ids = stop_ids or {}

    def location(p):
        if p.id in stop_ids:
            return {"location": {"stopLocation": {"stopLocationId": stop_ids[p.id]}}}
        return {"location": {"coordinate": {"latitude": p.lat, "longitude": p.lon}}}

    data = server.graphql(WALK, {"o": location(start), "d": location(end),
                                 "t": departure.isoformat()})
    edges = data["planConnection"]["edges"] or []
    if not edges:
        return None
    node = edges[0]["node"]
    return epoch(node["end"]) - epoch(node["start"])


def epoch(iso):
    return datetime.datetime.fromisoformat(iso).timestamp()


def plan(server, query, departure, preferences):
    """The itineraries OTP returns for one query, as dicts with epoch `start`/`end` seconds."""
    location = lambda p: {"location": {"coordinate": {"latitude": p.lat, "longitude": p.lon}}}
    data = server.graphql(PLAN, {"o": location(query.origin), "d": location(query.destination),
                                 "t": departure.isoformat(), "prefs": preferences})
    result = data["planConnection"]
    itineraries = []
    for edge in result["edges"] or []:
        node = edge["node"]
        legs = []
        for leg in node["legs"]:
            legs.append({
                "mode": leg["mode"],
                "start": epoch(leg["start"]["scheduledTime"]),
                "end": epoch(leg["end"]["scheduledTime"]),
                "distance": leg["distance"],
                "interline": bool(leg["interlineWithPreviousLeg"]),
                "from": leg["from"], "to": leg["to"],
                "route": (leg["route"] or {}).get("shortName") or (leg["route"] or {}).get("gtfsId"),
                "trip": (leg["trip"] or {}).get("gtfsId"),
                "geometry": (leg["legGeometry"] or {}).get("points"),
            })
        itineraries.append({"start": epoch(node["start"]), "end": epoch(node["end"]),
                            "transfers": node["numberOfTransfers"], "legs": legs})
    return itineraries, [e["code"] for e in result["routingErrors"]]
