#!/bin/sh
# pictures.browser: installs playwright-core from the npm registry into the build directory
# (once), then drives Debian's chromium through it (browser_test.js).
#   run_browser_test.sh BROWSER_DIR -- ARGS OF browser_test.js
set -eu
browser_dir=$1
shift 2
for program in node npm /usr/bin/chromium; do
  command -v "$program" >/dev/null 2>&1 || { echo "pictures.browser: $program is missing (scripts/bootstrap.sh installs it)"; exit 1; }
done
if [ ! -f "$browser_dir/node_modules/playwright-core/package.json" ]; then
  npm install --prefix "$browser_dir" --no-audit --no-fund --loglevel=error playwright-core@1
fi
exec node "$(dirname "$0")/browser_test.js" --playwright "$browser_dir" "$@"
