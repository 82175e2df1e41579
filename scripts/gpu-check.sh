#!/usr/bin/env bash
# The GPU path checked on a machine with an NVIDIA GPU: builds the gpu profile, shows the devices
# TensorFlow creates, trains dcgan for 500 steps twice with the same seed and compares the two run
# directories, then runs `ganlab bench speed`. Everything goes to one folder (first argument,
# default gpu-check-<UTC time>); the summary is its summary.txt.
#
# Determinism on GPU: TensorFlow promises bit-identical results only with op determinism on
# (TF_DETERMINISTIC_OPS=1, which also makes cuDNN pick deterministic algorithms, and fails ops
# that have no deterministic GPU kernel) on the same GPU model, driver and library versions. The
# two runs set it; without it, cuDNN's autotuned convolutions may differ in the last bits.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-gpu-check-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
summary="$out/summary.txt"
say() { echo "$@" | tee -a "$summary"; }

if ! command -v nvidia-smi >/dev/null 2>&1; then
  echo "gpu-check: nvidia-smi not found: this machine has no NVIDIA driver" >&2
  exit 2
fi
say "== GPU (nvidia-smi -L)"
nvidia-smi -L | tee -a "$summary"

# TensorFlow Java 1.1.0's CUDA build (TensorFlow 2.18) opens these CUDA 12 / cuDNN 9 libraries by
# name at start-up; where one is missing it logs a warning and trains on the CPU instead. A CUDA 13
# installation ships most of them under other versions (libcudart.so.13, ...), and the driver alone
# is not enough.
missing=()
for lib in libcudart.so.12 libcublas.so.12 libcublasLt.so.12 libcufft.so.11 libcusolver.so.11 \
    libcusparse.so.12 libcudnn.so.9; do
  found=""
  if ldconfig -p 2>/dev/null | grep -q "[[:space:]]$lib[[:space:]]"; then found=yes; fi
  IFS=':' read -r -a dirs <<< "${LD_LIBRARY_PATH:-}"
  for d in "${dirs[@]}"; do [[ -n "$d" && -e "$d/$lib" ]] && found=yes; done
  [[ -z "$found" ]] && missing+=("$lib")
done
if (( ${#missing[@]} > 0 )); then
  say "gpu-check: TensorFlow 2.18's CUDA build needs CUDA 12 and cuDNN 9 libraries that neither"
  say "  ldconfig nor LD_LIBRARY_PATH provides: ${missing[*]}"
  say "  (install CUDA 12.x and cuDNN 9, or put their lib folders on LD_LIBRARY_PATH)"
  exit 2
fi
if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
  say "gpu-check: java or mvn not found: the check builds the gpu profile and needs JDK 17 and Maven"
  exit 2
fi

say "== build: mvn -Pgpu -DskipTests package"
(cd "$home" && mvn -B -q -Pgpu -DskipTests package) > "$out/build.log" 2>&1 \
  || { say "build failed: see $out/build.log"; exit 1; }
if ! grep -q -- "-gpu" "$home/experiments/target/classpath.txt"; then
  say "experiments/target/classpath.txt names no GPU native jar: the gpu profile was not applied"
  exit 1
fi
say "native runtime: $(tr ':' '\n' < "$home/experiments/target/classpath.txt" | grep tensorflow-core-native | xargs -n1 basename)"

run_dcgan() { # $1 = run directory, $2 = log file
  local start end
  start=$(date +%s.%N)
  TF_CPP_MIN_LOG_LEVEL=0 TF_DETERMINISTIC_OPS=1 "$home/ganlab" run dcgan --seed 7 --steps 500 \
    --run-dir "$1" > "$2" 2>&1
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

say "== dcgan, 500 steps, seed 7, twice (TF_DETERMINISTIC_OPS=1)"
t1=$(run_dcgan "$out/run-a" "$out/run-a.log")
t2=$(run_dcgan "$out/run-b" "$out/run-b.log")
say "wall seconds: run a $t1, run b $t2"
say "devices TensorFlow created (run a):"
grep -o "Created device [^ ]* with [0-9]* MB memory[^)]*)" "$out/run-a.log" | sort -u | tee -a "$summary" \
  || say "  none reported: TensorFlow ran on the CPU"
say "final eval row (run a): $(tail -n 1 "$out/run-a/eval.csv")"

say "== same seed, same results?"
same=yes
if cmp -s "$out/run-a/metrics.csv" "$out/run-b/metrics.csv"; then
  say "metrics.csv: identical"
else
  same=no
  say "metrics.csv: differs; first differing lines:"
  diff "$out/run-a/metrics.csv" "$out/run-b/metrics.csv" | head -n 4 | tee -a "$summary"
fi
for f in "$out"/run-a/checkpoints/step-000500/*; do
  name=$(basename "$f")
  if cmp -s "$f" "$out/run-b/checkpoints/step-000500/$name"; then
    say "checkpoint $name: identical"
  else
    same=no
    say "checkpoint $name: differs"
  fi
done
say "two runs with the same seed are byte-identical: $same"

say "== ganlab bench speed"
"$home/ganlab" bench speed 2>"$out/bench-speed.err" | tee -a "$summary"
say "== ganlab bench speed --model wgan-gp"
"$home/ganlab" bench speed --model wgan-gp 2>"$out/bench-speed-wgan-gp.err" | tee -a "$summary"
say "all output in $out"
