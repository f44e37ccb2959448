"""A copy of a region's region.yaml with the engine's stop-link limit set to OTP's (the fair mode).

`rae build` has no flag for build.maxStopLinkMeters (and the engine's default must not change for
the peer check), so the harness writes region.yaml again in its work folder: the same text, with
`build: maxStopLinkMeters:` set and every relative value that names an existing file or folder of
the region (feeds, OSM extract, zone points, destinations, community transport files) made
absolute, since the engine resolves them against the folder of the region.yaml it reads."""

import re
from pathlib import Path

_KEY_VALUE = re.compile(r"^(\s*(?:-\s+)?[A-Za-z_][\w]*:\s+)(\"[^\"]*\"|'[^']*'|[^#\s][^#]*?)(\s*(?:#.*)?)$")
_LIMIT = re.compile(r"^(\s+)maxStopLinkMeters:.*$")


def with_stop_link_limit(region_dir, meters, target_dir):
    """Writes target_dir/region.yaml: region_dir's with build.maxStopLinkMeters = meters. Returns
    target_dir."""
    region_dir = Path(region_dir).resolve()
    text = (region_dir / "region.yaml").read_text(encoding="utf-8")
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    (target_dir / "region.yaml").write_text(rewrite(text, region_dir, meters), encoding="utf-8")
    return target_dir


def rewrite(text, region_dir, meters):
    """region.yaml text -> the same with absolute paths and the stop-link limit (see module)."""
    lines = [_absolute(line, region_dir) for line in text.splitlines()]
    limit = "%g" % meters
    build = [i for i, line in enumerate(lines) if re.match(r"^build:\s*(#.*)?$", line)]
    if not build:
        lines += ["build:", "  maxStopLinkMeters: " + limit]
        return "\n".join(lines) + "\n"
    start = build[0] + 1
    end = start
    while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
        end += 1
    for i in range(start, end):
        match = _LIMIT.match(lines[i])
        if match:
            lines[i] = match.group(1) + "maxStopLinkMeters: " + limit
            return "\n".join(lines) + "\n"
    lines.insert(start, "  maxStopLinkMeters: " + limit)
    return "\n".join(lines) + "\n"


def _absolute(line, region_dir):
    match = _KEY_VALUE.match(line)
    if not match:
        return line
    value = match.group(2)
    bare = value[1:-1] if value[:1] in "\"'" else value
    if not bare or Path(bare).is_absolute() or "/" not in bare and "." not in bare:
        return line
    resolved = (region_dir / bare).resolve()
    if not resolved.exists():
        return line
    quoted = '"%s"' % str(resolved).replace("\\", "/").replace('"', '\\"')
    return match.group(1) + quoted + match.group(3)
