#!/usr/bin/env bash
# Builds the demo project from media in Debian packages (see manifest.txt) with the command
# line only: the same commands a script or a CI pipeline would use.
set -euo pipefail
assay=$(realpath "$1")
out=${2:-demo}
here=$(dirname "$(realpath "$0")")
photos=/usr/share/doc/opencv-doc/examples/data

# The demo people's keys live in a key store of the demo's own ($out/config, used as
# XDG_CONFIG_HOME by `make run`), never in yours, and all open with the passphrase in
# passphrase.txt beside this script. Nothing goes to your keyring.
unset DBUS_SESSION_BUS_ADDRESS
export ASSAY_PASSPHRASE_FILE="$here/passphrase.txt"

if [ -f "$out/demo.assay" ] && [ -f "$out/config/assay/keys/admin.key" ] \
   && XDG_CONFIG_HOME="$(realpath "$out")/config" "$assay" log verify "$out/demo.assay" >/dev/null 2>&1; then
  echo "demo project: $out/demo.assay (already built)"
  exit 0
fi
rm -rf "$out"
mkdir -p "$out/media/images" "$out/media/texts" "$out/media/audio" "$out/config"
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(realpath "$out")/config

while read -r kind a b rest; do
  case "$kind" in
    photo) [ -f "$photos/$a" ] && cp "$photos/$a" "$out/media/images/" ;;
    text) [ -f "$a" ] && cp "$a" "$out/media/texts/$(basename "$a").txt" ;;
    speech)
      sentence=${rest#\"}; sentence=${sentence%\"}
      espeak-ng -v "$a" -w "$out/media/audio/$b.wav" "$sentence"
      ;;
  esac
done < <(grep -v '^#' "$here/manifest.txt")
# The same speech in other containers, so every audio reader is exercised.
sox "$out/media/audio/welcome.wav" "$out/media/audio/welcome.flac"
sox "$out/media/audio/weather.wav" "$out/media/audio/weather.ogg"

# Package descriptions written by Debian maintainers: one short document per line.
dpkg-query -W -f='${Package}\t${binary:Summary}\n' > "$out/summaries.tsv" 2>/dev/null || true
head -n 60 "$out/summaries.tsv" | /usr/bin/python3 -c 'import json,sys
for line in sys.stdin:
    name, _, summary = line.rstrip("\n").partition("\t")
    if summary:
        print(json.dumps({"id": name, "text": summary}))' > "$out/media/texts/package-summaries.jsonl"
rm -f "$out/summaries.tsv"

db="$out/demo.assay"
"$assay" init "$db" --name "Demo project" --owner admin --media-root media
# Everything below is decided by admin, signed in with admin's key.
export ASSAY_USER=admin
key() { "$assay" keys new "$1" 2>/dev/null; }
"$assay" add "$db" "$out/media" --quiet || [ $? -eq 3 ]
for c in "person:#0072b2" "animal:#e69f00" "food:#009e73" "vehicle:#d55e00" "building:#cc79a7" "other:#999999"; do
  "$assay" taxonomy "$db" add "${c%%:*}" --colour "${c#*:}" >/dev/null
done
"$assay" taxonomy "$db" edit animal --description "Any animal, real or drawn; people are 'person'." >/dev/null
"$assay" people "$db" add alice --role annotator --display-name "Alice Annotator" --key "$(key alice)" >/dev/null
"$assay" people "$db" add bob --role annotator --display-name "Bob Annotator" --key "$(key bob)" >/dev/null
"$assay" people "$db" add carol --role reviewer,annotator --display-name "Carol Reviewer" --key "$(key carol)" >/dev/null
"$assay" people "$db" add dave --role lead --display-name "Dave Lead" --key "$(key dave)" >/dev/null
"$assay" people "$db" add erin --role author,trainer --display-name "Erin Author" --key "$(key erin)" >/dev/null
# A second admin: a project with one is lost to administration with that person's key.
"$assay" people "$db" add grace --role admin --display-name "Grace Admin" --key "$(key grace)" >/dev/null
# Gold items with reference answers (enough that no queue needs one twice), and a first batch:
# every item to two of three annotators, gold mixed in at 5 %, with acceptance criteria.
"$assay" gold "$db" add images/apple.jpg --class food >/dev/null
"$assay" gold "$db" add images/baboon.jpg --class animal >/dev/null
"$assay" gold "$db" add images/orange.jpg --class food >/dev/null
"$assay" gold "$db" add images/butterfly.jpg --class animal >/dev/null
"$assay" gold "$db" add images/HappyFish.jpg --class animal >/dev/null
"$assay" gold "$db" add images/messi5.jpg --class person >/dev/null
"$assay" batch "$db" create "Week 1" --annotators alice,bob,carol --overlap 2 --gold-rate 0.05 \
  --criteria "alpha>=0.8,gold>=0.9,low<=0.05" >/dev/null
"$assay" info "$db"
"$assay" log verify "$db"
