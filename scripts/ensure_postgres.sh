#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 for the test suite.
# Uses a server that already answers; otherwise installs Debian's postgresql (only when missing),
# starts its cluster and lets local TCP connections in as user postgres without a password
# (trust, for the throw-away test server only).
set -euo pipefail

answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if answers; then exit 0; fi
if ! dpkg -s postgresql >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -q "sarcnav-test" "$hba"; then
  sed -i '1i host all postgres 127.0.0.1/32 trust # sarcnav-test' "$hba"
fi
pg_ctlcluster "$version" main start || pg_ctlcluster "$version" main reload
for _ in $(seq 1 30); do answers && exit 0; sleep 1; done
echo "PostgreSQL did not start on 127.0.0.1:5432" >&2
exit 1
