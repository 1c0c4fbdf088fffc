#!/usr/bin/env bash
# The same-run ratio against the bare-stack reference (issue 21, docs/benchmarks.md "Same-run ratio against the
# reference"):
#
#   benchmark/kalibratie.sh [DATA_DIR] [OLD_JAR]
#
# DATA_DIR: a generated Wegwijs database (default /tmp/wegwijs-national, see docs/generator.md); OLD_JAR: optionally
# the jar of an older commit, measured beside the new one in the same rounds, e.g.
#   git worktree add /tmp/wegwijs-oud <commit> && (cd /tmp/wegwijs-oud && mvn -q -DskipTests package)
#   benchmark/kalibratie.sh /tmp/wegwijs-national /tmp/wegwijs-oud/target/wegwijs.jar
#
# Builds (if missing) and starts the reference (../shared/calibration, copied to $CALIB_DIR, filled on its first start)
# and target/wegwijs.jar on DATA_DIR, each with -Xmx512m; the old jar runs on the same PostgreSQL (the new one's
# embedded server, Flyway told to ignore the newer migrations). Logs in $GEBRUIKERS generated begeleiders with a
# non-empty worklist through the login form (curl, CSRF token from the page), writes the Lua table of their session
# cookies and households in front of wegwijs-tail.lua, then runs wrk round by round, alternating the targets within
# each round: Wegwijs's worklist against the reference's worklist, the household file against the reference's
# household page, the API household list against the reference's JSON worklist. Writes machine, date, commits, the
# raw wrk lines (resultaten.tsv) and the table (kalibratie.md: pages/s, p50 and ratio per round, and their median) to
# target/benchmark/<UTC time>/. Only localhost is contacted.
#
# Environment: RONDES (5), DUUR (seconds per wrk run, 20), OPWARMEN (seconds per target and page before the rounds,
# 15), VERBINDINGEN (16), DRADEN (2), GEBRUIKERS (32), PAGINAS ("worklist file api-list"), POORT (8080),
# OUD_POORT (8081), CALIB_POORT (8090), CALIB_SRC (../shared/calibration), CALIB_DIR (/tmp/calib), MVN (mvn),
# JAVA_OPTS (-Xmx512m, for all three JVMs), TIMEOUT (wrk's, 10 s), OUD_COMMIT (the old jar's commit, for the header),
# JAVA (the java command of all three, default java), WEGWIJS_ARGS (more arguments for the new node), and for the
# second node OUD_JAVA (its java command), OUD_JAVA_OPTS (its JVM options, added after JAVA_OPTS) and OUD_ARGS (more
# arguments), WEGWIJS_JAR (the first node's jar, target/wegwijs.jar): the first node starts the embedded PostgreSQL and
# measured some 10 % slower on the API list than the second in A/B runs of one build, so compare two builds both ways
# round (the older one as WEGWIJS_JAR with WEGWIJS_ARGS=--spring.flyway.ignore-migration-patterns='*:future'). With
# OLD_JAR set to target/wegwijs.jar itself this compares two settings of one build in the same rounds,
# e.g. OUD_ARGS=--spring.thymeleaf.enable-spring-el-compiler=true or OUD_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=$(realpath -m "${1:-/tmp/wegwijs-national}")
OUD=${2:-}
RONDES=${RONDES:-5}
DUUR=${DUUR:-20}
OPWARMEN=${OPWARMEN:-15}
VERBINDINGEN=${VERBINDINGEN:-16}
DRADEN=${DRADEN:-2}
GEBRUIKERS=${GEBRUIKERS:-32}
PAGINAS=${PAGINAS:-worklist file api-list}
POORT=${POORT:-8080}
OUD_POORT=${OUD_POORT:-8081}
CALIB_POORT=${CALIB_POORT:-8090}
CALIB_SRC=$(realpath -m "${CALIB_SRC:-../shared/calibration}")
CALIB_DIR=${CALIB_DIR:-/tmp/calib}
MVN=${MVN:-mvn}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
JAVA=${JAVA:-java}
WEGWIJS_ARGS=${WEGWIJS_ARGS:-}
WEGWIJS_JAR=${WEGWIJS_JAR:-target/wegwijs.jar}
OUD_JAVA=${OUD_JAVA:-$JAVA}
OUD_JAVA_OPTS=${OUD_JAVA_OPTS:-}
OUD_ARGS=${OUD_ARGS:-}
WACHTWOORD=${WACHTWOORD:-wegwijs-demo}
UIT=$(pwd)/target/benchmark/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$UIT"

command -v wrk > /dev/null || { echo "wrk ontbreekt (apt-get install -y wrk)" >&2; exit 1; }
[ -f "$DATA/PG_VERSION" ] || { echo "Geen database in $DATA: genereer eerst (docs/generator.md)" >&2; exit 1; }
[ -z "$OUD" ] || [ -f "$OUD" ] || { echo "Geen jar: $OUD" >&2; exit 1; }
for p in "$POORT" "$CALIB_POORT" ${OUD:+"$OUD_POORT"}; do
    if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "Poort $p is al in gebruik" >&2; exit 1; fi
done
[ -f "$WEGWIJS_JAR" ] || $MVN -q -DskipTests package
# the reference's build, PIDS with stop on exit, wacht, inloggen
. benchmark/gedeeld.sh

# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$CALIB_DIR/target/calib.jar" --server.port="$CALIB_POORT" --calib.fill=if-missing \
    --calib.pg.dir="$CALIB_DIR/pgdata" > "$UIT/calib.log" 2>&1 &
PIDS+=($!)
CALIB_PID=$!
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$WEGWIJS_JAR" --wegwijs.demo=false --wegwijs.database.directory="$DATA" \
    --server.port="$POORT" $WEGWIJS_ARGS > "$UIT/wegwijs.log" 2>&1 &
PIDS+=($!)
wacht "http://127.0.0.1:$POORT/actuator/health" "${PIDS[1]}" "$UIT/wegwijs.log"
PGPOORT=$(sed -n 4p "$DATA/postmaster.pid")
PSQL="psql -X -q -h localhost -p $PGPOORT -U postgres postgres"
if [ -n "$OUD" ]; then
    # shellcheck disable=SC2086
    WEGWIJS_DB_URL="jdbc:postgresql://localhost:$PGPOORT/postgres" WEGWIJS_DB_USER=postgres \
        "$OUD_JAVA" $JAVA_OPTS $OUD_JAVA_OPTS -jar "$OUD" --wegwijs.demo=false --server.port="$OUD_POORT" \
        --spring.flyway.ignore-migration-patterns='*:future' --wegwijs.scheduling.enabled=false $OUD_ARGS \
        > "$UIT/oud.log" 2>&1 &
    PIDS+=($!)
    wacht "http://127.0.0.1:$OUD_POORT/actuator/health" "${PIDS[2]}" "$UIT/oud.log"
fi
wacht "http://127.0.0.1:$CALIB_POORT/worklist?guide=1" "$CALIB_PID" "$UIT/calib.log"

{
    echo "datum: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo onbekend)$(git diff --quiet 2>/dev/null || echo ' (met wijzigingen)')"
    [ "$WEGWIJS_JAR" = target/wegwijs.jar ] || echo "eerste node: $WEGWIJS_JAR"
    [ -z "$OUD" ] || echo "oude jar: $OUD${OUD_COMMIT:+ (commit $OUD_COMMIT)}"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
    echo "geheugen: $(free -m | awk '/Mem:/ {print $2}') MB"
    echo "os: $(uname -sr)"
    echo "jdk: $("$JAVA" -version 2>&1 | head -2 | tail -1)${WEGWIJS_ARGS:+; new node: $WEGWIJS_ARGS}"
    [ -z "$OUD" ] || echo "second node: $("$OUD_JAVA" -version 2>&1 | head -2 | tail -1) $OUD_JAVA_OPTS $OUD_ARGS"
    echo "wrk: $DRADEN threads, $VERBINDINGEN connections, ${DUUR}s per run, $RONDES rounds, $GEBRUIKERS begeleiders"
    echo "data: $DATA ($($PSQL -At -c "select count(*) from huishouden") huishoudens)"
    echo "load voor de metingen: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$UIT/machine.txt"

# Begeleiders with open households on their own worklist, spread by md5; up to 20 of their households for the file.
$PSQL -At -F' ' > "$UIT/gebruikers.txt" <<SQL
select m.gebruikersnaam, array_to_string((select array_agg(w.huishouden_id) from (select w.huishouden_id
         from werklijst_regel w where w.medewerkers @> array[m.id] and w.status not in ('AFGEROND', 'BEEINDIGD')
        order by w.urgentie limit 20) w), ',')
  from medewerker m
 where m.rol = 'BEGELEIDER' and m.actief and exists (select 1 from werklijst_regel w
       where w.medewerkers @> array[m.id] and w.status not in ('AFGEROND', 'BEEINDIGD'))
 order by md5(m.gebruikersnaam) limit $GEBRUIKERS
SQL
[ -s "$UIT/gebruikers.txt" ] || { echo "Geen begeleiders met een werklijst in $DATA" >&2; exit 1; }

# lua POORT BESTAND: logs every user in on that node (form login with the CSRF token of the page) and writes the
# users table followed by the request half of the calibration's wrk script
lua() {
    local poort=$1 bestand=$2 sessie
    echo "users = {" > "$bestand"
    while read -r naam ids; do
        sessie=$(inloggen "$poort" "$naam")
        [ -n "$sessie" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$sessie" \
            "http://127.0.0.1:$poort/werklijst")" = 200 ] || { echo "Inloggen mislukt: $naam op $poort" >&2; exit 1; }
        printf '  { cookie = "SESSION=%s", ids = { "%s" } },\n' "$sessie" "${ids//,/\", \"}" >> "$bestand"
    done < "$UIT/gebruikers.txt"
    echo "}" >> "$bestand"
    cat "$CALIB_DIR/wegwijs-tail.lua" >> "$bestand"
}
lua "$POORT" "$UIT/wegwijs.lua"
[ -z "$OUD" ] || lua "$OUD_POORT" "$UIT/oud.lua"

# meet DOEL PAGINA SECONDEN: one wrk run; prints its RESULT line
meet() {
    local doel=$1 pagina=$2 duur=$3 url script modus
    case "$doel" in
        wegwijs) url="http://127.0.0.1:$POORT"; script="$UIT/wegwijs.lua"; modus=$pagina ;;
        oud) url="http://127.0.0.1:$OUD_POORT"; script="$UIT/oud.lua"; modus=$pagina ;;
        referentie) url="http://127.0.0.1:$CALIB_POORT"; script="$CALIB_DIR/rand.lua"
            case "$pagina" in worklist) modus=worklist ;; file) modus=household ;; api-list) modus=api-worklist ;; esac ;;
    esac
    wrk -t"$DRADEN" -c"$VERBINDINGEN" -d"${duur}s" --timeout "${TIMEOUT:-10}s" --latency -s "$script" "$url" -- "$modus" | grep '^RESULT'
}

DOELEN="wegwijs referentie${OUD:+ oud}"
for pagina in $PAGINAS; do
    for doel in $DOELEN; do meet "$doel" "$pagina" "$OPWARMEN" > /dev/null; done
done
printf 'ronde\tpagina\tdoel\tresultaat\n' > "$UIT/resultaten.tsv"
for ronde in $(seq 1 "$RONDES"); do
    for pagina in $PAGINAS; do
        # the order within a round alternates, so a drift of the machine does not favour one target
        if [ $((ronde % 2)) -eq 1 ]; then volgorde=$DOELEN; else volgorde=$(echo "$DOELEN" | tr ' ' '\n' | tac | xargs); fi
        for doel in $volgorde; do
            regel=$(meet "$doel" "$pagina" "$DUUR")
            printf '%s\t%s\t%s\t%s\n' "$ronde" "$pagina" "$doel" "$regel" | tee -a "$UIT/resultaten.tsv"
        done
    done
done
echo "load na de metingen: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$UIT/machine.txt"
stop
trap - EXIT

python3 - "$UIT" > "$UIT/kalibratie.md" <<'PY'
import csv, os, re, statistics, sys
uit = sys.argv[1]
def deel(a, b):
    return a / b if b else float("nan")
rijen = {}
for r in csv.DictReader(open(os.path.join(uit, "resultaten.tsv")), delimiter="\t"):
    waarden = dict(re.findall(r"(\w+)=([\d.]+)", r["resultaat"]))
    rijen.setdefault(r["pagina"], {}).setdefault(int(r["ronde"]), {})[r["doel"]] = waarden
namen = {"worklist": ("worklist, first page (HTML)", "worklist"),
         "file": ("household file (HTML)", "household page"),
         "api-list": ("API household list (JSON)", "api-worklist (JSON)")}
print("# Same-run ratio against the reference\n")
print("```\n" + open(os.path.join(uit, "machine.txt")).read().strip() + "\n```\n")
print("Pages/s and median latency (p50) per wrk run; ratio = Wegwijs pages/s over the reference's in the same round."
      " Errors (non-2xx or socket) are listed when any.\n")
for pagina, rondes in rijen.items():
    titel, ref = namen.get(pagina, (pagina, pagina))
    oud = any("oud" in d for d in rondes.values())
    print(f"## {titel} against the reference's {ref}\n")
    kop = "| round | Wegwijs pages/s | p50 ms | reference pages/s | p50 ms | ratio |"
    lijn = "|---:|---:|---:|---:|---:|---:|"
    if oud:
        kop += " old commit pages/s | p50 ms | old ratio | new / old |"
        lijn += "---:|---:|---:|---:|"
    print(kop + " errors |\n" + lijn + "---|")
    kolommen = []
    for ronde in sorted(rondes):
        d = rondes[ronde]
        w, r = d.get("wegwijs"), d.get("referentie")
        if not w or not r:
            continue
        rij = [float(w["rps"]), float(w["p50_ms"]), float(r["rps"]), float(r["p50_ms"]),
               deel(float(w["rps"]), float(r["rps"]))]
        if oud and "oud" in d:
            o = d["oud"]
            rij += [float(o["rps"]), float(o["p50_ms"]), deel(float(o["rps"]), float(r["rps"])),
                    deel(float(w["rps"]), float(o["rps"]))]
        kolommen.append(rij)
        fouten = []
        for n, x in d.items():
            status = int(float(x.get("err_status", 0)))
            anders = int(sum(float(x.get(k, 0)) for k in ("err_other", "err_connect", "err_read", "err_write",
                                                           "err_timeout")))
            if status or anders:
                fouten.append(f"{n}: {status} non-2xx, {anders} socket errors")
        print(f"| {ronde} | " + " | ".join(f"{v:,.2f}" if i in (4, 7, 8) else f"{v:,.0f}" if i in (0, 2, 5) else f"{v:.1f}"
                                          for i, v in enumerate(rij)) + " | " + ("; ".join(fouten) or "–") + " |")
    if kolommen:
        n = min(len(k) for k in kolommen)
        med = [statistics.median(k[i] for k in kolommen) for i in range(n)]
        print("| **median** | " + " | ".join(f"**{v:,.2f}**" if i in (4, 7, 8) else f"{v:,.0f}" if i in (0, 2, 5) else f"{v:.1f}"
                                            for i, v in enumerate(med)) + " | |")
    print()
PY
cat "$UIT/kalibratie.md"
echo "Uitvoer: $UIT"
