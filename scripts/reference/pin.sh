#!/usr/bin/env bash
# Re-pins tests/fixtures/claim-matches.json and scan-quotes.json after the pack, the
# stemmers or the fixture pages change: the REFERENCE matcher and scan (the code before
# the performance work of issue #8, commit 9caaeac) run on today's pack, stemmers and
# pages, so the fast matcher is still compared with the slow one, not with itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
ref=$(mktemp -d)
trap 'rm -rf "$ref"' EXIT
git archive 9caaeac src corpus tests/support | tar -x -C "$ref"
cp corpus/kazakhstan-facebook-crs.json "$ref/corpus/"
cp src/core/text/stem.ts src/core/text/stem-kazakh.ts "$ref/src/core/text/"
mkdir -p "$ref/tests/fixtures" && cp -r tests/fixtures/pages "$ref/tests/fixtures/"
cp tests/support/match-texts.ts "$ref/tests/support/"
mkdir -p "$ref/scripts/reference" && cp scripts/reference/write.ts "$ref/scripts/reference/"
ln -s "$PWD/node_modules" "$ref/node_modules"
(cd "$ref" && npx tsx scripts/reference/write.ts "$OLDPWD/tests/fixtures")
