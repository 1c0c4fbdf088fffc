#!/usr/bin/env bash
# The load benchmark of docs/benchmarks.md, in one command:
#
#   benchmark/run.sh [DATA_DIR]        (default: /tmp/wegwijs-national, made by the generator)
#
# Starts target/wegwijs.jar (built if missing) on the generated national data with -Xmx512m, waits for health and
# records the start-up time, turns on pg_stat_statements in that data directory, records machine, JDK and load
# average, runs WegwijsSimulation (Gatling, Maven profile "benchmark": login, warm-up, national peak in the open
# model, headroom in the closed model, worklist alone, calibration), takes the heap after the run (jcmd
# GC.heap_info) and stops the application. Everything goes to target/benchmark/<UTC time>/, with resultaat.md as
# the summary. Only localhost is contacted. Environment: BENCHMARK_PORT (8080), MVN ("mvn"), BENCHMARK_JAVA_OPTS (JVM
# options of the application, e.g. a JFR recording), extra -D options for
# the simulation in BENCHMARK_OPTS (e.g. "-Dbenchmark.piek.duur=30 -Dbenchmark.fasen=piek"), and BENCHMARK_JAR to
# load an older build with this simulation (BENCHMARK_COMMIT names it in the summary), e.g.
#   BENCHMARK_JAR=/tmp/oud/target/wegwijs.jar BENCHMARK_COMMIT=f2197b5 \
#   BENCHMARK_JAVA_OPTS="-Dspring.flyway.ignore-migration-patterns=*:future" benchmark/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=$(realpath -m "${1:-/tmp/wegwijs-national}")
POORT=${BENCHMARK_PORT:-8080}
MVN=${MVN:-mvn}
UIT=$(pwd)/target/benchmark/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$UIT"

[ -f "$DATA/PG_VERSION" ] || { echo "Geen database in $DATA: genereer eerst (docs/generator.md)" >&2; exit 1; }
if curl -fs "http://localhost:$POORT/actuator/health" > /dev/null 2>&1; then
    echo "Poort $POORT is al in gebruik" >&2; exit 1
fi
JAR=${BENCHMARK_JAR:-target/wegwijs.jar}
[ -f "$JAR" ] || [ -n "${BENCHMARK_JAR:-}" ] || $MVN -q -DskipTests package
[ -f "$JAR" ] || { echo "Geen jar: $JAR" >&2; exit 1; }

# pg_stat_statements must be preloaded; the embedded server reads postgresql.auto.conf of its data directory.
if ! grep -q pg_stat_statements "$DATA/postgresql.auto.conf"; then
    printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.max = 10000\ntrack_io_timing = on\n" \
        >> "$DATA/postgresql.auto.conf"
fi

{
    echo "datum: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo onbekend)$(git diff --quiet 2>/dev/null || echo ' (met wijzigingen)')"
    [ -z "${BENCHMARK_JAR:-}" ] || echo "jar: $JAR${BENCHMARK_COMMIT:+ (commit $BENCHMARK_COMMIT)}"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
    echo "geheugen: $(free -m | awk '/Mem:/ {print $2}') MB"
    echo "os: $(uname -sr)"
    echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
    echo "load voor de start van de applicatie: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$UIT/machine.txt"

BEGIN=$(date +%s%N)
java -Xmx512m ${BENCHMARK_JAVA_OPTS:-} -jar "$JAR" --wegwijs.demo=false --wegwijs.database.directory="$DATA" \
    --server.port="$POORT" > "$UIT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2> /dev/null || true' EXIT
until curl -fs "http://localhost:$POORT/actuator/health" | grep -q UP; do
    kill -0 $APP 2> /dev/null || { echo "Applicatie gestopt, zie $UIT/app.log" >&2; exit 1; }
    sleep 0.1
done
GEREED=$(date +%s%N)
echo "opstarttijd tot health UP: $(( (GEREED - BEGIN) / 1000000 )) ms" >> "$UIT/machine.txt"
grep -o 'Started WegwijsApplication in [0-9.]* seconds' "$UIT/app.log" | sed 's/^/spring boot: /' >> "$UIT/machine.txt" || true

PGPOORT=$(sed -n 4p "$DATA/postmaster.pid")
PSQL="psql -X -q -h localhost -p $PGPOORT -U postgres postgres"
$PSQL -c "create extension if not exists pg_stat_statements"
$PSQL -At -c "select 'huishoudens: ' || (select count(*) from huishouden) || ', personen: ' || (select count(*) from persoon)
    || ', trajecten: ' || (select count(*) from traject) || ', werklijst_regel: ' || (select count(*) from werklijst_regel)
    || ', verwerking: ' || (select count(*) from verwerking) || ', contactmoment: ' || (select count(*) from contactmoment)
    || ', checklist_item: ' || (select count(*) from checklist_item) || ', brief: ' || (select count(*) from brief)
    || ', signaal: ' || (select count(*) from signaal) || ', medewerkers: ' || (select count(*) from medewerker)
    || ', gemeenten: ' || (select count(*) from gemeente) || ', database: ' || pg_size_pretty(pg_database_size('postgres'))" \
    >> "$UIT/machine.txt"

# Users: per role a fixed spread-out selection of medewerkers with a non-empty worklist.
{
    echo "gebruikersnaam,rol"
    $PSQL -At -F, <<'SQL'
(select m.gebruikersnaam, m.rol from medewerker m
  where m.rol = 'BEGELEIDER' and m.actief and exists (select 1 from werklijst_regel w
        where w.medewerkers @> array[m.id] and w.status not in ('AFGEROND', 'BEEINDIGD'))
  order by md5(m.gebruikersnaam) limit 24)
union all
(select m.gebruikersnaam, m.rol from medewerker m
  where m.rol = 'VRIJWILLIGER' and m.actief and exists (select 1 from werklijst_regel w
        where w.medewerkers @> array[m.id] and w.status not in ('AFGEROND', 'BEEINDIGD'))
  order by md5(m.gebruikersnaam) limit 24)
union all
(select m.gebruikersnaam, m.rol from medewerker m
  where m.rol = 'TEAMLEIDER' and m.actief and exists (select 1 from werklijst_regel w
        where w.uitvoerder_id = m.uitvoerder_id and w.status not in ('AFGEROND', 'BEEINDIGD'))
  order by md5(m.gebruikersnaam) limit 8)
union all
(select m.gebruikersnaam, m.rol from medewerker m
  where m.rol = 'REGIEVOERDER' and m.actief and exists (select 1 from werklijst_regel w
        where w.gemeente_id = m.gemeente_id and w.status not in ('AFGEROND', 'BEEINDIGD'))
  order by md5(m.gebruikersnaam) limit 8)
SQL
} > "$UIT/gebruikers.csv"

sleep 5
echo "load voor de belasting: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$UIT/machine.txt"
cat "$UIT/machine.txt"

# shellcheck disable=SC2086
$MVN -q -Pbenchmark test-compile gatling:test -Dgatling.simulationClass=nl.wegwijs.benchmark.WegwijsSimulation \
    -Dgatling.failOnError=false -Dbenchmark.url="http://localhost:$POORT" \
    -Dbenchmark.pg="jdbc:postgresql://localhost:$PGPOORT/postgres" -Dbenchmark.uit="$UIT" \
    -Dbenchmark.gebruikers="$UIT/gebruikers.csv" ${BENCHMARK_OPTS:-} | tee "$UIT/gatling.log"

jcmd $APP GC.heap_info > "$UIT/heap.txt"
jcmd $APP GC.run > /dev/null
echo "--- na een volledige GC" >> "$UIT/heap.txt"
jcmd $APP GC.heap_info >> "$UIT/heap.txt"
ps -o rss= -p $APP | awk '{print "RSS van het proces: " int($1/1024) " MB"}' >> "$UIT/heap.txt"
kill $APP
wait $APP 2> /dev/null || true
trap - EXIT

RAPPORT=$(ls -td target/gatling/wegwijssimulation-*/ | head -1)
python3 - "$UIT" "$RAPPORT" > "$UIT/resultaat.md" <<'PY'
# Summary: Gatling's statistics per request (index.html) beside pg_stat_statements of the same phase. Statements
# per request type come from the calibration phase (one user, one type at a time); their time at national peak is
# the mean of each statement in the peak phase.
import html, os, re, sys
uit, rapport = sys.argv[1], sys.argv[2]
bron = open(os.path.join(rapport, 'index.html'), encoding='utf-8').read()
gatling = {}
for rij in re.findall(r'<tr id="req_[^"]*".*?</tr>', bron, re.S):
    naam = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', rij).group(1))
    kol = {int(k): v for k, v in re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', rij)}
    gatling[naam] = kol
fasen = {}
for r in open(os.path.join(uit, 'fasen.tsv')):
    f, gepland, ms = r.split('\t')
    fasen[f] = (int(gepland), int(ms))
def pgss(fase):
    pad = os.path.join(uit, 'pgss-' + fase + '.tsv')
    if not os.path.exists(pad):
        return {}
    rijen = [r.rstrip('\n').split('\t') for r in open(pad, encoding='utf-8')][1:]
    return {r[0]: {'calls': int(r[1]), 'total': float(r[2]), 'mean': float(r[3]), 'query': r[10]} for r in rijen}
TYPES = [('WERKLIJST', 'werklijst eerste pagina'), ('WERKLIJST_GEFILTERD', 'werklijst gefilterd'),
         ('WERKLIJST_VOLGENDE', 'werklijst volgende pagina'), ('ZOEKEN', 'zoeken op naam'),
         ('DOSSIER', 'huishouddossier'), ('API_HUISHOUDENS', 'api huishoudens lijst'),
         ('API_HUISHOUDEN', 'api huishouden detail'), ('API_TRAJECTEN', 'api trajecten lijst'),
         ('API_TRAJECT', 'api traject detail'), ('CHECKLIST', 'checklist'), ('AFVINKEN', 'item afvinken'),
         ('CONTACTFORMULIER', 'contactformulier'), ('CONTACT', 'contact vastleggen')]
# a write's calibration also opened its page first: that page's statements are subtracted
VOORAF = {'AFVINKEN': 'CHECKLIST', 'CONTACT': 'CONTACTFORMULIER'}
def getal(kol, i):
    return int(kol[i]) if i in kol and kol[i].strip().lstrip('-').isdigit() else None
piek = pgss('piek')
sql = {}
for code, naam in TYPES:
    kal = pgss('kalibratie-' + code)
    n = getal(gatling.get('kalibratie: ' + naam, {}), 2)
    if not kal or not n:
        continue
    per = {q: v['calls'] / n for q, v in kal.items() if 'SPRING_SESSION WHERE EXPIRY_TIME' not in v['query']}
    alleen = sum(kal[q]['total'] for q in per) / n
    if code in VOORAF:
        pagina = dict(TYPES)[VOORAF[code]]
        if pagina not in sql:
            continue
        for q, c in sql[pagina][3].items():
            per[q] = per.get(q, 0) - c
        per = {q: c for q, c in per.items() if c > 0.01}
        alleen -= sql[pagina][1]
    statements = sum(per.values())
    bij_piek = sum(c * (piek[q]['mean'] if q in piek else kal[q]['mean']) for q, c in per.items())
    sql[naam] = (statements, alleen, bij_piek, per)
print('# Resultaat ' + os.path.basename(uit))
print()
print('```')
print(open(os.path.join(uit, 'machine.txt')).read().strip())
print('```')
for fase, titel in [('piek', 'Nationale piek (open model)'), ('ruimte', 'Ruimte (gesloten model, gemengd)'),
                    ('werklijst', 'Ruimte (gesloten model, alleen de werklijst)')]:
    if fase not in fasen:
        continue
    duur = fasen[fase][0]
    print()
    print('## %s, %d s' % (titel, duur))
    print()
    print('| verzoek | aantal | per s | p50 ms | p95 ms | p99 ms | max ms | fouten | SQL ms/verzoek | statements/verzoek | p50 / SQL |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    totaal = fouten = 0
    for code, naam in TYPES:
        kol = gatling.get(fase + ': ' + naam)
        if not kol:
            continue
        n, ko = getal(kol, 2), getal(kol, 4)
        totaal += n; fouten += ko
        p50, p95, p99, mx = getal(kol, 8), getal(kol, 10), getal(kol, 11), getal(kol, 12)
        st, alleen, bij_piek, _ = sql.get(naam, (None, None, None, None))
        tijd = bij_piek if fase == 'piek' else None
        print('| %s | %d | %.1f | %s | %s | %s | %s | %d | %s | %s | %s |' % (
            naam, n, n / duur, p50, p95, p99, mx, ko,
            '%.2f' % tijd if tijd is not None else '',
            '%.1f' % st if st is not None else '',
            '%.1f' % (p50 / tijd) if tijd and p50 is not None else ''))
    print('| **alle** | %d | **%.1f** | | | | | %d | | | |' % (totaal, totaal / duur, fouten))
    stats = pgss(fase)
    if stats:
        calls = sum(v['calls'] for v in stats.values())
        tijd = sum(v['total'] for v in stats.values())
        print()
        print('pg_stat_statements in deze fase: %d statements (%.1f per verzoek), %.0f ms SQL in totaal (%.2f ms per verzoek).'
              % (calls, calls / max(totaal, 1), tijd, tijd / max(totaal, 1)))
if sql:
    print()
    print('## SQL per verzoek, alleen (kalibratie: een gebruiker, een soort verzoek tegelijk)')
    print()
    print('| verzoek | statements/verzoek | SQL ms/verzoek alleen | SQL ms/verzoek bij piek |')
    print('|---|---:|---:|---:|')
    for code, naam in TYPES:
        if naam in sql:
            st, alleen, bij_piek, _ = sql[naam]
            print('| %s | %.1f | %.2f | %.2f |' % (naam, st, alleen, bij_piek))
if piek:
    print()
    print('## Duurste statements bij de piek')
    print()
    print('| calls | totaal ms | gemiddeld ms | statement |')
    print('|---:|---:|---:|---|')
    for q, v in sorted(piek.items(), key=lambda kv: -kv[1]['total'])[:12]:
        print('| %d | %.0f | %.2f | `%s` |' % (v['calls'], v['total'], v['mean'], v['query'][:160].replace('|', '\\|')))
print()
print('## Heap na de run')
print()
print('```')
print(open(os.path.join(uit, 'heap.txt')).read().strip())
print('```')
PY
cat "$UIT/resultaat.md"
echo "Alles in $UIT; Gatling-rapport: $RAPPORT/index.html"
