#!/bin/sh
# Starts the stub server that `mvn package` built, with JVM settings made for it. Arguments go to the
# stub (--server.port=9090, --smskit.stub.ip1.delivery.to-phone=10s, ...); JAVA_OPTS adds JVM options.
# `java -jar server-stub/target/server-stub.jar` runs the same stub with the JVM's defaults.
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/server-stub.jar"
if [ ! -f "$jar" ]; then
  echo "$jar is missing: build it first with  mvn -B -q -DskipTests package" >&2
  exit 1
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The serial collector and a small starting heap: the stub's live data is small, so one collector
# thread keeps up, leaves the cores to requests, and the heap grows only as far as the data does.
opts="-XX:+UseSerialGC -Xms64m"
# The context Spring worked out at build time, and the classes a training run loaded, ready mapped:
# together they halve the time to the first answer.
opts="$opts -Dspring.aot.enabled=true"
if [ -f "$here/target/server-stub.jsa" ]; then
  # a JDK other than the one that built the archive just does without it
  opts="$opts -XX:SharedArchiveFile=$here/target/server-stub.jsa -Xlog:cds*=error"
fi
# shellcheck disable=SC2086
exec "$java" $opts ${JAVA_OPTS:-} -jar "$jar" "$@"
