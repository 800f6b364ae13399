#!/usr/bin/env bash
# Fuzzes the running API from its own OpenAPI document with schemathesis and fails when a response is a server
# error or does not match the document (status code, content type, headers, body schema), when data the document
# forbids is accepted (negative data), when a required header can be left out, or when a method the path does not
# answer gets anything but 405 with an Allow header.
# Usage: scripts/api-contract-test.sh [path-to-cairn-binary]
set -euo pipefail
CAIRN="${1:-.build/debug/cairn}"
CONFIG="$(cd "$(dirname "$0")" && pwd)/schemathesis.toml"
source "$(dirname "$0")/tools-venv.sh"
require_python_tools schemathesis==4.32.5
PORT="${CAIRN_CONTRACT_PORT:-18090}"
source "$(dirname "$0")/cairn-server.sh"

printf '%s\n' 'harbor-lamp-71' | "$CAIRN" user add --database "$WORK/contract.sqlite" --email admin@example.com --password-stdin --name Admin --role admin
start_server "$WORK/contract.sqlite"
TOKEN=$(login admin@example.com harbor-lamp-71)
cd "$WORK"
"$VENV/bin/st" --config-file "$CONFIG" run "$BASE/api/openapi.yaml" --url "$BASE" -H "Authorization: Bearer $TOKEN" -n 25 --seed 1 \
  --exclude-path /api/v1/auth/logout \
  --mode all \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection,missing_required_header,unsupported_method
