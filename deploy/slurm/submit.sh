#!/bin/bash
# Queues a sharded generation and its merge on Slurm:
#   VERIFORGE_DIR=$PWD MIX=mix.json OUT=/shared/datasets/mix-v1 SHARDS=16 deploy/slurm/submit.sh
# Extra arguments go to both sbatch calls (e.g. --partition=cpu --account=myproj).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${VERIFORGE_DIR:?set VERIFORGE_DIR to the veriforge checkout}"
: "${MIX:?set MIX to the mix config file}"
: "${OUT:?set OUT to the dataset folder on a shared file system}"
SHARDS="${SHARDS:-8}"
export VERIFORGE_DIR MIX OUT SHARDS

gen=$(sbatch --parsable --array="0-$((SHARDS - 1))" --export=ALL "$@" "$here/generate.sbatch")
gen="${gen%%;*}" # --parsable prints "jobid[;cluster]"
merge=$(sbatch --parsable --dependency="afterok:$gen" --export=ALL "$@" "$here/merge.sbatch")
echo "generate: array job $gen ($SHARDS shards) -> $OUT/shard-*"
echo "merge:    job ${merge%%;*} after all of $gen succeed -> $OUT/merged, $OUT/verl"
