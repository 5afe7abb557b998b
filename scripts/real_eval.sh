#!/usr/bin/env bash
# Accuracy on the real-news set (ACCURACY.md). The texts are not in the
# repository: gather them (the URLs are in accuracy/real-*.meta.jsonl) into a
# folder of `<id>.txt` files, then
#   scripts/real_eval.sh TEXTS_DIR [stance eval options...]
# checks them against the recorded hashes, builds the gold files under
# target/real/ and prints the figures of both splits: all parties named in
# the gold (US, DPRK, ROK), then US and DPRK only.
set -euo pipefail
cd "$(dirname "$0")/.."
TEXTS=${1:?usage: scripts/real_eval.sh TEXTS_DIR [stance eval options]}
shift
OUT=${OUT:-target/real}
python3 scripts/real_corpus.py verify --texts "$TEXTS"
python3 scripts/real_corpus.py build --texts "$TEXTS" --out "$OUT" >/dev/null
cargo build --release --quiet --bin stance
for split in dev test; do
  for parties in "" "US,DPRK"; do
    args=(eval --gold "$OUT/$split.gold.jsonl" "$@")
    [ -n "$parties" ] && args+=(--parties "$parties")
    printf '%-5s %-8s ' "$split" "${parties:-all}"
    target/release/stance "${args[@]}" | sed -n 2p
  done
done
