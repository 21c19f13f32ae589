#!/usr/bin/env bash
# Turns build/bench/results.json (written by tests/bench/run-bench.sh, one row per line) into the
# README's benchmark table, every row included: the ones MediaDesk loses too.
#   usage: tools/bench-table.sh [RESULTS_JSON]              print the Markdown table
#          tools/bench-table.sh --update README.md [JSON]   replace the table between the
#                                                           <!-- bench-table:begin/end --> markers
set -euo pipefail
readme=""
if [ "${1:-}" = --update ]; then
    readme=$2
    shift 2
fi
results=${1:-build/bench/results.json}
[ -f "$results" ] || { echo "no $results: run ./dev.sh bench first" >&2; exit 1; }

table() {
    awk '
    function str(key,   m) { return match($0, "\"" key "\": \"[^\"]*\"") ? substr($0, RSTART + length(key) + 5, RLENGTH - length(key) - 6) : "" }
    function num(key,   m) { return match($0, "\"" key "\": [-0-9.eE+]+") ? substr($0, RSTART + length(key) + 4, RLENGTH - length(key) - 4) : "" }
    function cond(   c, s, r) {
        if (!match($0, "\"conditions\": \\{[^}]*\\}")) return ""
        c = substr($0, RSTART, RLENGTH)
        s = ""
        if (match(c, "\"path\": \"wan\"")) s = "TLS, 50 ms RTT"
        else if (match(c, "\"path\": \"direct\"")) s = "TLS, loopback"
        if (match(c, "\"rate\": [0-9]+")) {
            r = substr(c, RSTART + 8, RLENGTH - 8) + 0
            if (r > 0) s = s ", " (r * 8 / 1e6 >= 1000 ? r * 8 / 1e9 " Gbit/s" : r * 8 / 1e6 " Mbit/s")
        }
        if (match(c, "\"busy_core\": true")) s = s ", one core busy"
        return s
    }
    BEGIN {
        print "| result | conditions | MediaDesk (median; min–max) | baseline (median; min–max) | ratio | better | target | commit |"
        print "|---|---|---|---|---|---|---|---|"
    }
    /"name":/ {
        unit = str("unit"); better = str("better"); target = str("target"); meets = ""
        if (match($0, "\"meets_target\": (true|false)")) meets = substr($0, RSTART + 16, RLENGTH - 16)
        ours = num("value") " " unit
        if (num("min") != num("max")) ours = ours " (" num("min") "–" num("max") ")"
        base = str("baseline") ": " num("baseline_value") " " unit
        if (num("baseline_min") != num("baseline_max")) base = base " (" num("baseline_min") "–" num("baseline_max") ")"
        dir = (better == "higher") ? "higher (our speed ÷ curl\047s)" : (better == "target") ? "nearest 1 (achieved ÷ set rate)" : "lower (ours ÷ baseline)"
        verdict = target == "" ? "—" : target (meets == "true" ? " ✔ met" : " ✘ missed")
        commit = str("commit") == "" ? "—" : "`" str("commit") "`"
        printf "| `%s` | %s | %s | %s | %s | %s | %s | %s |\n", str("name"), cond(), ours, base, num("ratio"), dir, verdict, commit
    }' "$results"
    printf '\nMeasured at the commit each row names (%s) on: %s. Transfer rows: median of %s interleaved runs after a warm-up; stall and library rows: one run each.\n' \
        "$(sed -n 's/.*"commit": "\([^"]*\)".*/\1/p' "$results" | sort -u | sed 's/.*/`&`/' | paste -sd, - | sed 's/,/, /g')" \
        "$(sed -n 's/.*"machine": "\([^"]*\)".*/\1/p' "$results" | head -n1)" \
        "$(sed -n 's/.*"runs": \([0-9]*\).*/\1/p' "$results" | head -n1)"
}

if [ -z "$readme" ]; then
    table
    exit 0
fi
for marker in begin end; do
    grep -q "<!-- bench-table:$marker -->" "$readme" || { echo "$readme has no <!-- bench-table:$marker --> marker" >&2; exit 1; }
done
tmp=$(mktemp)
table >"$tmp.table"
awk -v tablefile="$tmp.table" '
    /<!-- bench-table:begin -->/ { print; while ((getline line < tablefile) > 0) print line; skip = 1; next }
    /<!-- bench-table:end -->/ { skip = 0 }
    !skip { print }' "$readme" >"$tmp"
cat "$tmp" >"$readme" # in place: the README keeps its owner and mode
rm -f "$tmp" "$tmp.table"
echo "updated the table in $readme from $results"
