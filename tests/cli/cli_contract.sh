#!/usr/bin/env bash
# The command-line contract: exit codes 0/1/2, messages naming the file and a
# JSON pointer, atomic outputs, unknown fields kept by convert.
set -u
cli=$1
root=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Usage errors exit 2.
"$cli" >/dev/null 2>&1; [ $? -eq 2 ] || fail "no arguments should exit 2"
"$cli" frobnicate x.mixplan >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown command should exit 2"
"$cli" convert "$root/resources/samples/spring-launch.mixplan" >/dev/null 2>&1; [ $? -eq 2 ] || fail "convert without -o should exit 2"
"$cli" --help | grep -q "validate FILE" || fail "--help should describe validate"
"$cli" --version | grep -qE '^mixplanner-cli [0-9]+\.[0-9]+' || fail "--version should print a version"

# The CLI is core plus the print layout: it never loads the Widgets editor.
if command -v ldd >/dev/null; then
    ldd "$cli" | grep -qE 'libQt6(Widgets|Charts|PrintSupport)' && fail "mixplanner-cli links $(ldd "$cli" | grep -oE 'libQt6(Widgets|Charts|PrintSupport)' | tr '\n' ' ')"
fi

# The sample and the templates validate.
for plan in "$root"/resources/samples/*.mixplan "$root"/resources/templates/*.mixplan; do
    out=$("$cli" validate "$plan" 2>&1); status=$?
    [ $status -eq 0 ] || fail "validate $plan exited $status: $out"
    echo "$out" | grep -q ": ok" || fail "validate $plan should say ok"
done

# Every broken file exits 1 with "FILE...: /pointer: message" on stderr.
count=0
for plan in "$root"/tests/data/broken/*.mixplan; do
    count=$((count + 1))
    err=$("$cli" validate "$plan" 2>&1 >/dev/null); status=$?
    [ $status -eq 1 ] || fail "validate $(basename "$plan") exited $status, expected 1"
    name=$(basename "$plan")
    echo "$err" | grep -qE "$name(:[0-9]+:[0-9]+)?: (/[^ ]*|\(document root\)): " \
        || fail "message for $name does not name the file and a pointer: $err"
done
[ $count -ge 25 ] || fail "expected at least 25 broken files, found $count"

# convert keeps unknown fields and writes canonical JSON; the result validates.
"$cli" convert "$root/tests/data/valid/unknown-fields.mixplan" -o "$work/out.mixplan" || fail "convert failed"
for field in x-agency x-survey x-kpi x-handleVerified x-source x-color x-costCentre x-review; do
    grep -q "\"$field\"" "$work/out.mixplan" || fail "convert dropped $field"
done
"$cli" validate "$work/out.mixplan" >/dev/null || fail "converted file does not validate"
if command -v python3 >/dev/null; then
    python3 - "$root/tests/data/valid/unknown-fields.mixplan" "$work/out.mixplan" <<'PY' || fail "convert changed values"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
sys.exit(0 if a == b else 1)
PY
fi
# converting over an existing plan keeps the previous version as .bak
"$cli" convert "$root/tests/data/valid/minimal.mixplan" -o "$work/out.mixplan" || fail "convert over a plan failed"
cmp -s "$work/out.mixplan.bak" <("$cli" convert "$root/tests/data/valid/unknown-fields.mixplan" -o -) \
    || fail "convert did not keep the replaced plan as .bak"
# converting the canonical sample changes nothing
"$cli" convert "$root/resources/samples/spring-launch.mixplan" -o - > "$work/sample.mixplan"
cmp -s "$work/sample.mixplan" "$root/resources/samples/spring-launch.mixplan" || fail "sample is not in canonical form"

# A failed convert leaves no output and no temporary file behind.
"$cli" convert "$root/tests/data/broken/negative-budget.mixplan" -o "$work/bad.mixplan" 2>/dev/null
[ $? -eq 1 ] || fail "convert of a broken file should exit 1"
[ ! -e "$work/bad.mixplan" ] || fail "convert of a broken file wrote output"
# ... and a plan it would have replaced stays as it was.
echo old > "$work/keep.mixplan"
"$cli" convert "$root/tests/data/broken/negative-budget.mixplan" -o "$work/keep.mixplan" 2>/dev/null
[ $? -eq 1 ] || fail "convert of a broken file over a plan should exit 1"
[ "$(cat "$work/keep.mixplan")" = old ] || fail "a failed convert changed the file it would have replaced"
[ ! -e "$work/keep.mixplan.bak" ] || fail "a failed convert left a .bak"
"$cli" convert "$root/tests/data/valid/minimal.mixplan" -o "$work/no-such-dir/x.mixplan" 2>/dev/null
[ $? -eq 1 ] || fail "convert into a missing folder should exit 1"
leftovers=$(find "$work" -name '.*.mixplan.*' | wc -l)
[ "$leftovers" -eq 0 ] || fail "temporary files left behind"

# score: readable text, or JSON with the documented keys; broken input exits 1.
sample="$root/resources/samples/spring-launch.mixplan"
"$cli" score "$sample" > "$work/score.txt" || fail "score of the sample failed"
grep -qE '^Score [0-9]+(\.[0-9])? / 100' "$work/score.txt" || fail "score text has no total"
grep -q "Mix per phase" "$work/score.txt" || fail "score text has no phase table"
"$cli" score --json "$sample" > "$work/score.json" || fail "score --json failed"
python3 - "$work/score.json" <<'PY' || fail "score --json lacks documented keys or the points identity"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
for key in ["total", "brandStrength", "suitability", "components", "phases", "overall", "findings"]:
    assert key in r, key
assert {"value", "parts"} <= set(r["brandStrength"])
for p in r["phases"]:
    assert {"id", "name", "cost", "planned", "recommended", "low", "high"} <= set(p)
for f in r["findings"]:
    assert {"code", "severity", "points", "message", "suggestion", "refs"} <= set(f)
assert abs(sum(f["points"] for f in r["findings"]) - (100 - r["total"])) <= 0.01
PY
"$cli" score "$root/tests/data/broken/dangling-phase.mixplan" >/dev/null 2>&1; [ $? -eq 1 ] || fail "score of a broken file should exit 1"
"$cli" score "$sample" "$sample" >/dev/null 2>&1; [ $? -eq 2 ] || fail "score of two files should exit 2"
"$cli" compare "$sample" >/dev/null 2>&1; [ $? -eq 2 ] || fail "compare of one file should exit 2"
"$cli" compare "$sample" "$root"/resources/templates/*.mixplan > "$work/compare.txt" || fail "compare failed"
grep -q "^Total" "$work/compare.txt" || fail "compare shows no totals"
grep -q "spring-launch.mixplan" "$work/compare.txt" || fail "compare does not name the files"

# project and suggest: the documented JSON, CSV rows, an applied plan that validates.
"$cli" project --json "$sample" > "$work/project.json" || fail "project --json failed"
python3 - "$work/project.json" <<'PY' || fail "project --json lacks the documented shape"
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
for key in ["startFollowers", "endFollowers", "contentReach", "accountReach", "reach", "engagements", "value", "weeks"]:
    assert key in p, key
assert len(p["weeks"]) == 24 and p["weeks"][0]["week"] == 1
assert p["endFollowers"] > p["startFollowers"]
PY
rows=$("$cli" project --csv "$sample" | wc -l)
[ "$rows" -eq 25 ] || fail "project --csv should print a header and 24 weeks, printed $rows lines"
"$cli" suggest "$sample" > "$work/suggest.txt" || fail "suggest failed"
grep -q "Why" "$work/suggest.txt" || fail "suggest does not explain its move"
"$cli" suggest --json "$sample" | python3 -c "
import json, sys
s = json.load(sys.stdin)
assert {'planValue', 'boundedValue', 'unboundedValue', 'boundedGain', 'unboundedGain', 'phases', 'summary'} <= set(s)
assert all({'planned', 'bounded', 'unbounded', 'reason'} <= set(p) for p in s['phases'])
" || fail "suggest --json lacks the documented shape"
"$cli" suggest --apply "$sample" -o "$work/applied.mixplan" >/dev/null || fail "suggest --apply failed"
"$cli" validate "$work/applied.mixplan" >/dev/null || fail "the applied plan does not validate"
cmp -s "$work/applied.mixplan" "$sample" && fail "suggest --apply changed nothing on the sample"
"$cli" suggest --apply "$sample" >/dev/null 2>&1; [ $? -eq 2 ] || fail "suggest --apply without -o should exit 2"
"$cli" project --csv --json "$sample" >/dev/null 2>&1; [ $? -eq 2 ] || fail "project --csv --json should exit 2"
grep -q "Followers start" "$work/compare.txt" || fail "compare does not show projections"

# export: every format; PDF checked as text; CSV read back by Python's csv module.
for format in md html csv json pdf; do
    "$cli" export "$sample" --format $format -o "$work/summary.$format" 2>"$work/export.err" \
        || fail "export --format $format failed: $(cat "$work/export.err")"
done
if command -v pdftotext >/dev/null; then
    pdftotext "$work/summary.pdf" "$work/summary.txt" || fail "pdftotext could not read the PDF"
    total=$(python3 -c "import json,sys; t = '%.1f' % json.load(open(sys.argv[1]))['total']; print(t[:-2] if t.endswith('.0') else t)" "$work/score.json")
    for needle in "Kumo Roasters drip bags" "Score: $total / 100" "Seed content" "Grow the circle" "Launch and convert" "Projection"; do
        grep -qF "$needle" "$work/summary.txt" || fail "the PDF does not show '$needle'"
    done
    pages=$(pdfinfo "$work/summary.pdf" | awk '/^Pages:/ {print $2}')
    [ "${pages:-0}" -ge 2 ] || fail "the PDF has ${pages:-0} pages"
    grep -qE '^2$' "$work/summary.txt" || fail "the PDF has no page numbers"
else
    fail "pdftotext is missing (poppler-utils)"
fi
python3 - "$work/summary.csv" "$sample" <<'PY' || fail "the CSV does not read back to the plan's activities"
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
plan = json.load(open(sys.argv[2], encoding="utf-8"))
assert len(rows) == len(plan["activities"]), (len(rows), len(plan["activities"]))
for row, activity in zip(rows, plan["activities"]):
    assert row["ID"] == activity["id"]
    assert row["Activity"] == activity["name"], (row["Activity"], activity["name"])
    assert float(row["Budget (JPY)"]) == activity["budget"]
    assert abs(float(row["Account share (%)"]) - activity["accountShare"] * 100) < 0.05
    cost = activity["budget"] + activity["hours"] * plan["hourlyRate"]
    assert abs(float(row["Cost (JPY)"]) - cost) < 0.5
PY
grep -q "<svg" "$work/summary.html" || fail "the HTML has no inline chart"
grep -qE '(src|href)="https?:' "$work/summary.html" && fail "the HTML loads external resources"
"$cli" export "$sample" --format docx -o "$work/x.docx" 2>/dev/null; [ $? -eq 2 ] || fail "an unknown format should exit 2"
"$cli" export "$sample" --format pdf -o "$work/missing/x.pdf" 2>/dev/null; [ $? -eq 1 ] || fail "a PDF into a missing folder should exit 1"
"$cli" export "$root/tests/data/broken/negative-budget.mixplan" --format html -o "$work/bad.html" 2>/dev/null
[ $? -eq 1 ] || fail "export of a broken plan should exit 1"
[ ! -e "$work/bad.html" ] || fail "export of a broken plan wrote a file"
leftovers=$(find "$work" -name '.*' -type f | wc -l)
[ "$leftovers" -eq 0 ] || fail "export left temporary files behind"

if [ $failures -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "cli contract holds ($count broken files checked)"
