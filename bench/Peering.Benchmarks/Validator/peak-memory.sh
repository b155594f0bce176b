#!/usr/bin/env bash
# Wall time, CPU time and peak resident memory of the built peering-check tool as a process (cold start included), over the
# validator's budget inputs, next to `bicep build --pattern` of the same Bicep files. Peak memory is /usr/bin/time's
# maximum resident set size: for a run with Bicep, the larger of peering-check and the Bicep process it waits for.
# CPU time (user + system) is what the run would take on an idle core; the shared machine inflates the wall time.
# Usage (from the repository root): bench/Peering.Benchmarks/Validator/peak-memory.sh [runs, default 3]
set -euo pipefail
runs="${1:-3}"
root="$(pwd)"
inputs="$(mktemp -d)"
trap 'rm -rf "$inputs"' EXIT

dotnet build -c Release "$root/bench/Peering.Benchmarks" > /dev/null
dotnet "$root/bench/Peering.Benchmarks/bin/Release/net10.0/Peering.Benchmarks.dll" --write-validator-inputs "$inputs"
tool="$root/src/Peering.Cli/bin/Release/net8.0/peering-check.dll"
bicep="$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64" -name bicep -type f | head -n 1)"

measure() {
  local name="$1"; shift
  for run in $(seq "$runs"); do
    /usr/bin/time -f "$name run $run: %e s wall, %U s user + %S s system CPU, %M KB peak RSS" "$@" > /dev/null 2>> "$inputs/time.log" || true
    tail -n 1 "$inputs/time.log"
  done
}

cd "$inputs"
mkdir -p built
measure "3 MB template     " dotnet "$tool" large --format sarif
measure "1,000 templates   " dotnet "$tool" arm --format sarif
measure "200 Bicep files   " dotnet "$tool" bicep --format sarif --bicep "$bicep"
measure "bicep build 200   " "$bicep" build --pattern 'bicep/*.bicep' --outdir "$inputs/built"
