# Sourced by benchmark/kalibratie.sh (not run): the reference's build, the
# processes that stop with the script, waiting for a start, and the form login of a generated medewerker.
# Expects CALIB_SRC, CALIB_DIR and MVN to be set; WACHTWOORD defaults to the generator's password.

# the reference (../shared/calibration), copied into CALIB_DIR and built there once
if [ ! -f "$CALIB_DIR/target/calib.jar" ]; then
    mkdir -p "$CALIB_DIR" && cp -r "$CALIB_SRC"/. "$CALIB_DIR"/
    (cd "$CALIB_DIR" && $MVN -q package -DskipTests)
fi

# every process started with PIDS+=($!) stops when the script ends
PIDS=()
stop() { for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done; wait 2> /dev/null || true; }
trap stop EXIT

# wacht URL PID LOG: until the URL answers 200 (the reference fills its database on the first start: minutes)
wacht() {
    until curl -fs -o /dev/null "$1"; do
        kill -0 "$2" 2> /dev/null || { echo "Gestopt, zie $3" >&2; exit 1; }
        sleep 0.5
    done
}

# inloggen POORT NAAM: logs the medewerker in through the form (with the CSRF token of the page) and prints the
# session id; prints nothing when the login failed
inloggen() {
    local poort=$1 naam=$2 jar csrf
    jar=$(mktemp)
    csrf=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$poort/login" \
        | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$naam" \
        --data-urlencode "password=${WACHTWOORD:-wegwijs-demo}" --data-urlencode "_csrf=$csrf" \
        "http://127.0.0.1:$poort/login" || true
    awk '$6 == "SESSION" {print $7}' "$jar"
    rm -f "$jar"
}
