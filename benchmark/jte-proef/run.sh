#!/usr/bin/env bash
# The JTE trial of issue 21: what a compiled template engine would save on the worklist, measured in one JVM.
#
#   benchmark/jte-proef/run.sh /tmp/wegwijs-national
#
# Builds this commit with jte-proef.patch applied (a git worktree in $PROEF, default /tmp/wegwijs-jte-proef): the
# worklist page rendered by precompiled JTE templates from the same controller and model, at /werklijst-jte, beside
# the Thymeleaf page at /werklijst. Starts that build on DATA_DIR (port 8080) and the reference (../shared/calibration,
# built into CALIB_DIR as kalibratie.sh does; port 8090), logs in 32 begeleiders with a non-empty worklist, checks
# that both pages are the same HTML for each of them (whitespace, the per-request tokens, &#39; against ' and
# checked="checked" against checked normalised; it stops if any differ), then runs wrk rounds (2 threads,
# 16 connections) alternating Thymeleaf, JTE and the reference's worklist, after OPWARMEN seconds of warm-up each.
# Both pages run the same statements and write the same processing-log rows: only the rendering differs.
# Output: target/benchmark/<time>/jte-proef.md. Settings: RONDES (3), DUUR (15), OPWARMEN (40), CALIB_DIR (/tmp/calib).
# The trial is not part of Wegwijs: the patch is kept here to repeat the measurement (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

DATA=$(realpath -m "${1:-/tmp/wegwijs-national}")
RONDES=${RONDES:-3}
DUUR=${DUUR:-15}
OPWARMEN=${OPWARMEN:-40}
PROEF=${PROEF:-/tmp/wegwijs-jte-proef}
CALIB_SRC=$(realpath -m "${CALIB_SRC:-../shared/calibration}")
CALIB_DIR=${CALIB_DIR:-/tmp/calib}
MVN=${MVN:-mvn}
UIT=$(pwd)/target/benchmark/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$UIT"

command -v wrk > /dev/null || { echo "wrk ontbreekt (apt-get install -y wrk)" >&2; exit 1; }
[ -f "$DATA/PG_VERSION" ] || { echo "Geen database in $DATA: genereer eerst (docs/generator.md)" >&2; exit 1; }
for p in 8080 8090; do
    if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "Poort $p is al in gebruik" >&2; exit 1; fi
done

if [ ! -f "$PROEF/target/wegwijs.jar" ]; then
    git worktree add --detach "$PROEF" HEAD
    git -C "$PROEF" apply "$(pwd)/benchmark/jte-proef/jte-proef.patch"
    (cd "$PROEF" && $MVN -q -DskipTests package)
fi
# the reference's build, PIDS with stop on exit, wacht, inloggen
. benchmark/gedeeld.sh

java -Xmx512m -jar "$CALIB_DIR/target/calib.jar" --server.port=8090 --calib.fill=if-missing \
    --calib.pg.dir="$CALIB_DIR/pgdata" > "$UIT/calib.log" 2>&1 &
PIDS+=($!)
java -Xmx512m -jar "$PROEF/target/wegwijs.jar" --wegwijs.demo=false --wegwijs.database.directory="$DATA" \
    --server.port=8080 --spring.flyway.ignore-migration-patterns='*:future' > "$UIT/wegwijs.log" 2>&1 &
PIDS+=($!)
wacht http://127.0.0.1:8080/actuator/health "${PIDS[1]}" "$UIT/wegwijs.log"
wacht "http://127.0.0.1:8090/worklist?guide=1" "${PIDS[0]}" "$UIT/calib.log"
PSQL="psql -X -q -At -h localhost -p $(sed -n 4p "$DATA/postmaster.pid") -U postgres postgres"

# 32 begeleiders with open households on their own worklist (as kalibratie.sh picks them), logged in by the form
echo "users = {" > "$UIT/proef.lua"
$PSQL -c "select m.gebruikersnaam from medewerker m where m.rol = 'BEGELEIDER' and m.actief and exists (select 1
          from werklijst_regel w where w.medewerkers @> array[m.id] and w.status not in ('AFGEROND', 'BEEINDIGD'))
          order by md5(m.gebruikersnaam) limit 32" | while read -r naam; do
    printf '  { cookie = "SESSION=%s" },\n' "$(inloggen 8080 "$naam")" >> "$UIT/proef.lua"
done
echo "}" >> "$UIT/proef.lua"
cat >> "$UIT/proef.lua" <<'LUA'
local pad
function init(args)
  pad = args[1]
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end
function request()
  local u = users[math.random(1, #users)]
  return wrk.format("GET", pad, { ["Cookie"] = u.cookie, ["Accept"] = "text/html" })
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f err_status=%d err_other=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout))
end
LUA

# the same page from both engines, for every user
normaal() {
    python3 - "$1" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r'name="_(formulier|csrf)" value="[^"]*"', 'name="_token" value=""', s)
s = s.replace("&#39;", "'").replace('checked="checked"', "checked").replace('selected="selected"', "selected")
s = re.sub(r"\s+", " ", s)
s = re.sub(r" >", ">", s)
s = re.sub(r"> <", "><", s)
print(s.replace("><", ">\n<"))
PY
}
verschillen=0
for cookie in $(grep -o 'SESSION=[^"]*' "$UIT/proef.lua"); do
    curl -fs -H "Cookie: $cookie" http://127.0.0.1:8080/werklijst > "$UIT/thymeleaf.html"
    curl -fs -H "Cookie: $cookie" http://127.0.0.1:8080/werklijst-jte > "$UIT/jte.html"
    diff <(normaal "$UIT/thymeleaf.html") <(normaal "$UIT/jte.html") > /dev/null || verschillen=$((verschillen + 1))
done
[ "$verschillen" = 0 ] || { echo "$verschillen van de 32 pagina's verschillen: zie $UIT/*.html" >&2; exit 1; }

meet() {
    case $1 in
        thymeleaf) wrk -t2 -c16 -d"$2"s --latency -s "$UIT/proef.lua" http://127.0.0.1:8080 -- /werklijst ;;
        jte) wrk -t2 -c16 -d"$2"s --latency -s "$UIT/proef.lua" http://127.0.0.1:8080 -- /werklijst-jte ;;
        referentie) wrk -t2 -c16 -d"$2"s --latency -s "$CALIB_DIR/rand.lua" http://127.0.0.1:8090 -- worklist ;;
    esac | grep '^RESULT' | grep -o 'rps=[0-9.]*' | cut -d= -f2
}
{
    echo "# JTE trial, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD) + jte-proef.patch"
    echo
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; jdk: $(java -version 2>&1 | head -1)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); 32 begeleiders, same HTML from both engines for each"
    echo "wrk 2 threads, 16 connections, ${OPWARMEN}s warm-up per target, $RONDES rounds of ${DUUR}s"
    echo
    echo "| round | Thymeleaf /werklijst | JTE /werklijst-jte | reference worklist | JTE / Thymeleaf | Thymeleaf / ref | JTE / ref |"
    echo "|---:|---:|---:|---:|---:|---:|---:|"
} > "$UIT/jte-proef.md"
for doel in thymeleaf jte referentie; do meet "$doel" "$OPWARMEN" > /dev/null; done
for r in $(seq 1 "$RONDES"); do
    volgorde="thymeleaf jte referentie"
    [ $((r % 2)) = 1 ] || volgorde="referentie jte thymeleaf"
    declare -A rps=()
    for doel in $volgorde; do rps[$doel]=$(meet "$doel" "$DUUR"); done
    awk -v r="$r" -v t="${rps[thymeleaf]}" -v j="${rps[jte]}" -v f="${rps[referentie]}" 'BEGIN {
        printf "| %d | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f |\n", r, t, j, f, j / t, t / f, j / f }' >> "$UIT/jte-proef.md"
done
echo >> "$UIT/jte-proef.md"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$UIT/jte-proef.md"
cat "$UIT/jte-proef.md"
