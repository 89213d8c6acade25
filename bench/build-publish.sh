#!/usr/bin/env bash
# Builds `publish` the way `dotnet cake` does into DIR, quietly, and prints the command that runs
# it: the native executable (Native AOT) when this machine can link one, else ReadyToRun, else a
# plain (JIT) Release build started by `dotnet`.
# Usage: bench/build-publish.sh DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: build-publish.sh DIR}
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
if dotnet publish "$root/src/Publish" -c Release -r "${rid:-linux-x64}" -p:PublishAot=true \
     -o "$out" -v q -nologo >/dev/null 2>&1; then
  echo "$out/publish"
elif dotnet publish "$root/src/Publish" -c Release -r "${rid:-linux-x64}" --self-contained false \
     -p:PublishReadyToRun=true -o "$out" -v q -nologo >/dev/null 2>&1; then
  echo "build-publish.sh: Native AOT publish failed; timing ReadyToRun" >&2
  echo "dotnet $out/publish.dll"
else
  echo "build-publish.sh: ReadyToRun publish failed; timing a plain (JIT) build" >&2
  dotnet build "$root/src/Publish" -c Release -v q -nologo >/dev/null
  cp -r "$root/src/Publish/bin/Release/net10.0/." "$out/"
  echo "dotnet $out/publish.dll"
fi
