#!/bin/sh
# Makes a throwaway certificate authority and a server certificate for 127.0.0.1/localhost it
# signed, for tests and benchmarks that run the emulator over TLS. Valid for two days; never
# installed anywhere: clients trust ca.pem only through MEDIADESK_CA_FILE (curl: --cacert).
#   usage: make-test-ca.sh DIR      → DIR/ca.pem, DIR/server.pem, DIR/server.key
set -eu
dir=$1
mkdir -p "$dir"
cd "$dir"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=MediaDesk throwaway test CA" -keyout ca.key -out ca.pem 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile server.ext -out server.pem 2>/dev/null
rm -f ca.key server.csr server.ext ca.srl
chmod 600 server.key
