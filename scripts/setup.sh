#!/usr/bin/env bash
# `npm ci` under the project's Node. The pinned devDependency `node` runs every
# npm script under Node 24 once installed, but the first install would still be
# run by the system's Node (Debian's 20) and print engine warnings; so when the
# running Node is older, npm itself runs under the pinned version fetched from
# the npm registry (`npm exec --package=node@…`). Used by the README and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(node -p "require('./package.json').devDependencies.node")
if [ "$(node -p 'process.versions.node.split(".")[0]')" = "${want%%.*}" ]; then
  exec npm ci "$@"
fi
echo "System Node $(node -v); installing with the pinned Node $want"
# Inside npm exec, PATH starts with node@$want's bin, so `npm` (#!/usr/bin/env node) runs under it.
exec npm exec --yes --package="node@$want" -- npm ci "$@"
