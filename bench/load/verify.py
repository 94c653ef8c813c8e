#!/usr/bin/env python3
"""Looks up every acknowledged complaint (lines "trackingCode accessKey") through the public status API and
reports how many were found; exits 1 if any acknowledged complaint cannot be retrieved.

    verify.py http://127.0.0.1:18734 acknowledged.txt [workers=16]
"""
import http.client
import json
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

base, path = urlparse(sys.argv[1]), sys.argv[2]
workers = int(sys.argv[3]) if len(sys.argv) > 3 else 16
local = threading.local()


def lookup(line):
    code, key = line.split()
    if not hasattr(local, "connection"):
        local.connection = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
    body = json.dumps({"trackingCode": code, "accessKey": key})
    local.connection.request("POST", "/api/v1/public/complaints/status", body, {"Content-Type": "application/json"})
    response = local.connection.getresponse()
    answer = response.read()
    return response.status == 200 and json.loads(answer)["trackingCode"] == code


with open(path) as acknowledged:
    lines = [line for line in acknowledged if line.strip()]
with ThreadPoolExecutor(workers) as pool:
    found = sum(pool.map(lookup, lines))
print(f"acknowledged {len(lines)}, retrievable {found}, missing {len(lines) - found}")
sys.exit(0 if found == len(lines) else 1)
