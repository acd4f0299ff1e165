#!/usr/bin/env bash
# Installs what is missing, builds, starts the office ledger (ledgerd on a SQLite file), enrols a
# fresh device with a one-time code, and records a field day with fieldctl: a river patrol from a
# real NMEA log with problems and photos, an inspection of a scanned enterprise with signatures,
# a Green Shield clue verified and closed out. Then the outbox and the exports, the sync with its
# progress bar, `ledgerd verify` and what the ledger holds. Everything runs on the embedded
# default (SQLite files, nothing to set up).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
build="${FIELDLEDGER_BUILD_DIR:-$root/build}"
demo="$build/demo"
assets="$root/assets/demo"
rm -rf "$demo"
mkdir -p "$demo"

fieldctl() { "$build/platform/fieldctl/fieldctl" --store "$demo/device" "$@"; }
# The id field of a --json answer.
json_id() { sed -n 's/.*"'"${2:-id}"'":"\([^"]*\)".*/\1/p' <<<"$1"; }
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

ledgerd() { "$build/server/ledgerd" "$@" --db "$demo/ledger.sqlite"; }

step "The office starts its ledger and issues a one-time enrolment code"
"$build/server/ledgerd" serve --db "$demo/ledger.sqlite" --port 0 \
    >"$demo/ledgerd.out" 2>"$demo/ledgerd.log" &
ledgerd_pid=$!
trap 'kill "$ledgerd_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q "^listening on " "$demo/ledgerd.out" 2>/dev/null && break
    sleep 0.1
done
server=$(sed -n 's/^listening on //p' "$demo/ledgerd.out")
echo "ledgerd is listening on $server"
# One demo device plays all three field roles, so its user is office staff (every record kind);
# a real river chief, inspector or Green Shield supervisor gets their own role.
ledgerd user add --name ayguli --display-name "阿依古丽·买买提" --role office --divisions 650000
ledgerd enrol-code --user ayguli --server "$server" --svg "$demo/enrol-ayguli.svg" \
    >"$demo/enrol-code.txt"
code=$(sed -n 1p "$demo/enrol-code.txt")
cat "$demo/enrol-code.txt"

step "A new device store for river chief 阿依古丽, enrolled with the code"
fieldctl init --user "阿依古丽·买买提"
fieldctl enrol --server "$server" --code "$code"
fieldctl rules

step "巡河: patrol of the Urumqi River, Yashan segment, from the phone's NMEA log"
patrol=$(json_id "$(fieldctl --json patrol start --water-body 乌鲁木齐河 --segment 雅山段 \
    --division 650102 --level village --serial XH-650102-20261123-001 \
    --start 2026-11-23T10:00:00+08:00)")
fieldctl patrol track "$patrol" --nmea "$assets/patrol-urumqi-river.nmea"
fieldctl patrol problem "$patrol" --category bank_garbage --description "岸边堆放生活垃圾约0.5吨" \
    --time 2026-11-23T10:12:00+08:00 --photo "$assets/garbage-before.png" \
    --photo "$assets/garbage-after.png" --cleared 0.5 --unit t
fieldctl patrol problem "$patrol" --category sewage_outfall --description "新发现未标识排污口，有异味" \
    --time 2026-11-23T10:31:00+08:00 --lat 43.8271 --lon 87.5965 --accuracy 4 \
    --photo "$assets/outfall.png" --referred-to "天山区生态环境分局"
fieldctl patrol finish "$patrol"

step "扫码入企: inspection of the enterprise whose QR code was scanned at the gate"
fieldctl enterprise import "$assets/enterprises.csv"
fieldctl code scan --scan-file "$assets/enterprise-qr.txt"
fieldctl enterprise show 91650109MA7DEK2133
inspection=$(json_id "$(fieldctl --json --author 李明 inspection start \
    --scan-file "$assets/enterprise-qr.txt" --division 650109 \
    --inspector "李明:65010020260017" --inspector "热合曼·吐尔逊:65010020260023" \
    --source random_draw --source-ref DRAW-2026Q4-650100 --task-name "2026年第四季度双随机抽查" \
    --lat 43.9613 --lon 87.6450 --accuracy 5 --start 2026-11-23T14:00:00+08:00)")
fieldctl --author 李明 inspection check "$inspection" --item "污染防治设施运行情况" --result no_problem
fieldctl --author 李明 inspection check "$inspection" --item "固体废物贮存场所" --result problem_found \
    --problem "危废贮存间未张贴标识" --photo "$assets/gate.png"
fieldctl --author 李明 inspection sign "$inspection" --signer 李明 --role inspector \
    --strokes "$assets/signature-li-ming.json"
fieldctl --author 李明 inspection sign "$inspection" --signer "热合曼·吐尔逊" --role inspector \
    --strokes "$assets/signature-rahman.json"
fieldctl --author 李明 inspection sign "$inspection" --signer 王建国 --role site_representative \
    --strokes "$assets/signature-site-manager.json"
fieldctl --author 李明 inspection finish "$inspection" --findings "发现一项问题，已责令整改" \
    --record-text "检查时企业正常生产，危废贮存间未张贴标识。" --end 2026-11-23T15:10:00+08:00
echo "a signed record is evidence; a later edit is refused:"
fieldctl --author 李明 inspection check "$inspection" --item "补充" --result no_problem || true

step "绿盾: a remote-sensing clue near Bosten Lake, verified on site and closed out"
fieldctl area import "$assets/protected-area-bosten-demo.geojson"
clue=$(json_id "$(fieldctl --json --author 马晓燕 clue add --code 202302-65-N1-007-MD-0018 \
    --county 652827 --area-id XJ-BOSTEN-DEMO --type artificial_facility --area-m2 1200 \
    --description "遥感发现疑似新增建筑" --lat 41.945 --lon 86.79)")
fieldctl --author 马晓燕 clue verify "$clue" --outcome confirmed --facility-name "养殖看护房" \
    --facility-type "其他人工设施" --scale "约1200平方米" --built 2021 --state "在用" \
    --lat 41.9452 --lon 86.7903 --accuracy 6 --photo "$assets/facility.png"
fieldctl --author 马晓燕 clue rectify "$clue" --measures "拆除看护房并恢复植被" --unit "和硕县林草局" \
    --person 张强 --deadline 2026-12-31
fieldctl --author 马晓燕 clue close "$clue" --result "已拆除，植被恢复中" --approved-by "巴州生态环境局" \
    --photo "$assets/garbage-after.png"

step "Bad input gets a clear error and loses nothing"
fieldctl code check 91650109MA7DEK2130 || true
fieldctl patrol problem "$patrol" --category bank_garbage --description x --lat 95 --lon 87 || true
fieldctl evidence add "$patrol" "$assets/no-such-photo.jpg" || true

step "What waits to sync"
fieldctl info
fieldctl outbox --limit 5
fieldctl check

step "Exports"
fieldctl export --format geojson --out "$demo/field-day.geojson"
fieldctl export --format gpx --out "$demo/patrols.gpx"
fieldctl export --format csv --kind patrol --out "$demo/patrols.csv"
fieldctl export --format csv --kind inspection --out "$demo/inspections.csv"
fieldctl export --format csv --kind greenshield_clue --out "$demo/clues.csv"
step "Sync: files, changes and what the office has, with a progress bar"
fieldctl sync
echo "a second sync finds nothing new:"
fieldctl sync

step "The office: verify the ledger's chain, signatures and files, and see what it holds"
ledgerd verify
ledgerd summary
ledgerd device list
ledgerd conflicts
ledgerd export --format geojson --out "$demo/ledger.geojson"
ledgerd export --format csv --kind patrol --out "$demo/ledger-patrols.csv"

step "The field app on the same device store, against the same ledger"
# A desktop shows the app in a window (close it to go on); without a display it runs offscreen
# and visits every screen in every language, saving a screenshot of each.
app="$build/platform/app/fieldledger"
app_args=(--store "$demo/device" --server "$server" --replay-speed 10
          --position "nmea:$assets/patrol-urumqi-river.nmea")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$app" "${app_args[@]}"
else
    QT_QPA_PLATFORM=offscreen "$app" "${app_args[@]}" --screenshots "$build/screenshots/demo"
fi
kill "$ledgerd_pid"

echo
echo "The device store, the exports, the ledger and its exports are in $demo"
[ -d "$build/screenshots/demo" ] && echo "The app's screens are in $build/screenshots/demo"
true
