#!/bin/sh
# Starts the stub server that `mvn package` built, with JVM settings made for it. Arguments go to the
# stub (--server.port=9090, --smskit.stub.ip1.delivery.to-phone=10s, ...); JAVA_OPTS adds JVM options.
# `java -jar server-stub/target/server-stub.jar` runs the same stub with the JVM's defaults.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$here/target"
if [ ! -f "$target/server-stub.jar" ]; then
  echo "$target/server-stub.jar is missing: build it first with  mvn -B -q -DskipTests package" >&2
  exit 1
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The stub runs from a copy of the build: `mvn package` or `mvn clean` rewrite target/ in place, and a
# stub still loading classes from there would answer 500 (NoClassDefFoundError). One copy per content
# of the jar and lib/, under SMSKIT_STUB_RUNS; a rebuild takes effect when the stub is started again.
runs="${SMSKIT_STUB_RUNS:-${TMPDIR:-/tmp}/smskit-stub-$(id -u)}"
build=$(cat "$target/server-stub.jar" "$target"/lib/* | cksum | cut -d' ' -f1)
run="$runs/$build"
if [ ! -f "$run/server-stub.jar" ]; then
  mkdir -p "$runs"
  # copies of builds no running stub uses go: a stub still running keeps its own
  for old in "$runs"/*; do
    if [ -d "$old" ] && ! pgrep -f -- "$old/" >/dev/null 2>&1; then
      rm -rf "$old"
    fi
  done
  part=$(mktemp -d "$runs/.copy.XXXXXX")
  cp "$target/server-stub.jar" "$part/"
  cp -R "$target/lib" "$part/"
  if [ "$(cat "$part/server-stub.jar" "$part"/lib/* | cksum | cut -d' ' -f1)" != "$build" ]; then
    rm -rf "$part"
    echo "$target changed while it was copied (a build running?): start the stub again when it is done" >&2
    exit 1
  fi
  # a stub started at the same time from the same build may have won the race: either copy is whole
  mv -T "$part" "$run" 2>/dev/null || rm -rf "$part"
fi

# The serial collector (the stub's live data is small: one collector thread keeps up and leaves the
# cores to requests) and the context Spring worked out at build time.
opts="-XX:+UseSerialGC -Dspring.aot.enabled=true"
# A class-data sharing archive of a training run (ClassDataTraining), made once per copy on its first
# start: JDK 17 maps one only for the class path it was made with, so the build's target/ one does not
# fit the copy. With the AOT context it halves the time to the first answer of every later start.
if [ ! -f "$run/server-stub.jsa" ]; then
  echo "smskit stub: first start of this build, making its class-data sharing archive (once)" >&2
  # classes CDS cannot keep (old bytecode, optional dependencies absent) are only skipped
  # shellcheck disable=SC2086
  if "$java" $opts -XX:ArchiveClassesAtExit="$run/.server-stub.jsa.$$" -Xlog:cds*=error \
      -cp "$run/server-stub.jar" dev.smskit.stub.ClassDataTraining \
      --server.port=0 --logging.level.root=error --logging.level.dev.smskit=warn >&2; then
    mv "$run/.server-stub.jsa.$$" "$run/server-stub.jsa"
  else
    rm -f "$run/.server-stub.jsa.$$"
  fi
fi
if [ -f "$run/server-stub.jsa" ]; then
  # a JDK other than the one that made the archive just does without it
  opts="$opts -XX:SharedArchiveFile=$run/server-stub.jsa -Xlog:cds*=error"
fi

# A small starting heap: the heap grows only as far as the data does.
opts="$opts -Xms64m"
# shellcheck disable=SC2086
exec "$java" $opts ${JAVA_OPTS:-} -jar "$run/server-stub.jar" "$@"
