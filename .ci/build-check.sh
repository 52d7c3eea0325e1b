#!/usr/bin/env bash
# CI: the production path from a fresh clone. git clone of this checkout into a temp dir →
# npm ci → npm run build → npm prune --omit=dev → npm start on a free port with a temp data dir →
# the portal, /app/ and the API answer; prints ready time, CPU time to ready and RSS.
# Speed: npm's cache serves the packages; the one native module (better-sqlite3, compiled from
# source when no prebuilt binary can be downloaded) is taken from this checkout's node_modules
# when the lockfile pins the same version, instead of compiling SQLite again.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
pid=
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"; }
trap cleanup EXIT

git clone -q "$src" "$tmp/app"
cd "$tmp/app"
echo "-- npm ci (fresh clone at $(git rev-parse --short HEAD))"
want=$(node -p "require('./package-lock.json').packages['node_modules/better-sqlite3'].version")
have=$(node -p "require('$src/node_modules/better-sqlite3/package.json').version" 2>/dev/null || echo none)
if [ "$want" = "$have" ] && [ -f "$src/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
  npm ci --prefer-offline --no-audit --no-fund --ignore-scripts --loglevel=error
  cp -r "$src/node_modules/better-sqlite3/build" node_modules/better-sqlite3/build
else
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
fi
echo "-- npm run build"
npm run build --silent
echo "-- npm prune --omit=dev"
npm prune --omit=dev --no-audit --no-fund --loglevel=error
for tool in vite esbuild tsx; do test ! -d "node_modules/$tool" || { echo "FAIL: $tool still installed after prune"; exit 1; }; done

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
data="$tmp/data"
echo "-- npm start on port $port (data $data)"
t0=$(date +%s%N)
PORT=$port HOST=127.0.0.1 DANVAN_DATA_DIR="$data" DANVAN_LOG_LEVEL=warn DANVAN_ADMIN_PASSWORD=ci-admin-password \
  node bin/danvan.js start > "$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log"; echo "FAIL: server exited"; exit 1; }
  sleep 0.1
done
first_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
check() { code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1"); [ "$code" = 200 ] || { echo "FAIL: $1 answered $code"; tail -20 "$tmp/server.log"; exit 1; }; echo "   $1 → 200"; }
check /
check /app/
check /api/public/v1/system
check /metrics
echo "   first start (loads the demo): ${first_ms} ms"
kill "$pid"; wait "$pid" 2>/dev/null || true

# Second start: built tree, demo already loaded — the figure docs/deploy.md reports.
t0=$(date +%s%N)
PORT=$port HOST=127.0.0.1 DANVAN_DATA_DIR="$data" DANVAN_LOG_LEVEL=warn DANVAN_ADMIN_PASSWORD=ci-admin-password \
  node bin/danvan.js start > "$tmp/server.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log"; exit 1; }; sleep 0.05; done
ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
read -r -a st < /proc/$pid/stat
cpu_ms=$(( (st[13] + st[14]) * 1000 / $(getconf CLK_TCK) ))
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
check /app/
echo "== built tree, demo loaded: ready in ${ready_ms} ms (CPU ${cpu_ms} ms), RSS at ready $(( rss_kb / 1024 )) MB"
