#!/usr/bin/env bash
# Prints the home directory of a Java 25 (or newer) JDK, or explains what to install and exits 1.
# Order: $JAVA_HOME, java/javac on PATH, then the usual install places (Debian/Ubuntu, Temurin,
# SDKMAN, macOS). Sourced by ./rae, ./test and .ci/run so all three agree.
set -euo pipefail

java_major() { # $1 = JDK home; prints the feature version of its java, or nothing
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}') || return 0
  echo "${v%%.*}"
}

is_jdk25() { # $1 = candidate home
  [[ -n "$1" && -x "$1/bin/java" && -x "$1/bin/javac" ]] || return 1
  local major
  major=$(java_major "$1")
  [[ -n "$major" && "$major" -ge 25 ]]
}

candidates=()
[[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi
for pattern in /usr/lib/jvm/*25* /usr/lib/jvm/*-2[5-9]* /opt/java/* /opt/jdk* \
  "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  for dir in $pattern; do [[ -d "$dir" ]] && candidates+=("$dir"); done
done

for home in "${candidates[@]}"; do
  if is_jdk25 "$home"; then echo "$home"; exit 0; fi
done

cat >&2 <<'MSG'
rae: no Java 25 JDK found.
  Looked at $JAVA_HOME, the javac on PATH, /usr/lib/jvm, /opt/java, ~/.sdkman and macOS JDKs.
  Install a Java 25 JDK (for example Eclipse Temurin 25 from adoptium.net) and set JAVA_HOME to it.
MSG
exit 1
