#!/usr/bin/env bash
# What TokenChecks (iat, lifetime, tier, UUIDs, ended-session lookup) adds per request, against
# the RS256 verification every resource server already does, on one core (JMH, bench/jmh).
# Usage (after ./mvnw install -DskipTests): bench/token-checks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp="bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)"
taskset -c 0 java -cp "$cp" org.openjdk.jmh.Main TokenCheckBenchmark -t 1
