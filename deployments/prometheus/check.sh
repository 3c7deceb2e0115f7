#!/usr/bin/env bash
# Checks the Prometheus setup with promtool: the scrape config and rules parse, and every alert
# rule's unit tests (alerts.test.yml) pass. CI runs it (.ci/run); run it after changing a rule.
set -euo pipefail
cd "$(dirname "$0")"
promtool check config prometheus-dev.yml
promtool check rules alerts.yml
promtool test rules alerts.test.yml
