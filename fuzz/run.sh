#!/usr/bin/env bash
# Fuzz one target for a given time under AFL++ with SharpFuzz instrumentation.
#   fuzz/run.sh cidr 1800      # 30 minutes on the CIDR parser
#   fuzz/run.sh arm 1800       # 30 minutes on the ARM reader and its expression evaluator
#   fuzz/run.sh terraform 1800 # 30 minutes on the HCL parser, the Terraform evaluator and the plan reader
# Needs afl-fuzz (Debian: apt-get install afl++). Crashes are copied to fuzz/regressions/<target>/, which the
# test suite replays; findings/ keeps AFL's full state and is not committed.
set -euo pipefail
target=${1:?usage: fuzz/run.sh cidr|arm|terraform SECONDS}
seconds=${2:?usage: fuzz/run.sh cidr|arm|terraform SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
out=$here/out/$target
findings=$here/findings/$target

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
[ -x "$here/.tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools" >/dev/null

rm -rf "$out" && dotnet publish "$here/Peering.Fuzz/Peering.Fuzz.csproj" -c Release -o "$out" -v q --nologo
# Only the code under test is instrumented, so AFL's coverage map is about our parsers, not the runtime.
for assembly in Peering.Rules Peering.Templates Peering.Terraform; do
  [ -f "$out/$assembly.dll" ] && "$here/.tools/sharpfuzz" "$out/$assembly.dll"
done

mkdir -p "$findings"
resume=-
[ -d "$findings/default/queue" ] || resume=$here/corpus/$target
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  afl-fuzz -V "$seconds" -i "$resume" -o "$findings" -t 10000 -m none -- dotnet "$out/Peering.Fuzz.dll" "$target" \
  | tee "$findings/afl.log" | grep -E 'PROGRAM ABORT|Fatal' || true

stats=$findings/default/fuzzer_stats
[ -f "$stats" ] && grep -E '^(run_time|execs_done|execs_per_sec|saved_crashes|saved_hangs|corpus_count)' "$stats"
mkdir -p "$here/regressions/$target"
for crash in "$findings"/default/crashes/id:*; do
  [ -e "$crash" ] || continue
  cp "$crash" "$here/regressions/$target/$(sha1sum "$crash" | cut -c1-12)"
done
