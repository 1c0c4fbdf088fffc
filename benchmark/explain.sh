#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the hot statements (benchmark/explain.sql) on a generated national database.
#   benchmark/explain.sh [DATA_DIR]   (default /tmp/wegwijs-national; the database must be running, e.g. during or
#                                      after `benchmark/run.sh`, or with Wegwijs started on that directory)
# Prints every plan and a summary: execution time per statement and any sequential scan.
set -euo pipefail
DATA=$(realpath -m "${1:-/tmp/wegwijs-national}")
PGPOORT=$(sed -n 4p "$DATA/postmaster.pid")
cd "$(dirname "$0")"
psql -X -q -h localhost -p "$PGPOORT" -U postgres postgres -f explain.sql > /tmp/wegwijs-explain.txt
cat /tmp/wegwijs-explain.txt
echo
echo "--- samenvatting"
grep -E '^###|Execution Time|Seq Scan' /tmp/wegwijs-explain.txt
