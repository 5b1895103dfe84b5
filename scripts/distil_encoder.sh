#!/bin/bash
# The shipped encoder's fitting: teacher encoders (seeds 1 to TEACHERS, five by default), then a
# student taught by their mean as well as by the labels, all from a corpus
# written by `commentdesk train-encoder --corpus-out`. Needs torch and
# transformers only, so it runs on a GPU machine without the shared data;
# then, where the data is: commentdesk train-encoder --weights WORK/student.safetensors
#
# Usage: scripts/distil_encoder.sh CORPUS BASE WORK [LAYERS]
#   CORPUS  the .npz corpus; BASE  all-MiniLM-L6-v2's directory (config.json,
#   model.safetensors); WORK  where weights and logs go; LAYERS  the
#   student's transformer layers (default 6).
# On CPUs it works too, in hours rather than minutes.
set -euo pipefail
corpus=$1 base=$2 work=$3 layers=${4:-6}
epochs=${EPOCHS:-3}
teachers=${TEACHERS:-5}
python=${PYTHON:-python3}
mkdir -p "$work"
fit() { "$python" -m commentdesk.scoring.cli train-encoder --corpus "$corpus" --base "$base" --epochs "$epochs" "$@"; }
# The teachers are independent: on a GPU they share it, each mostly waiting on Python.
pids=()
for seed in $(seq "$teachers"); do
    fit --seed "$seed" --weights-out "$work/teacher$seed.safetensors" >"$work/teacher$seed.log" 2>&1 &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
taught=()
for seed in $(seq "$teachers"); do taught+=(--teacher "$work/teacher$seed.safetensors"); done
fit --seed 0 --layers "$layers" "${taught[@]}" --weights-out "$work/student.safetensors" \
    >"$work/student.log" 2>&1
tail -n 3 "$work"/*.log
