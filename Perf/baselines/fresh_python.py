"""Baseline 1: a fresh python3 process per execution (the cost RuleSandbox's warm guards avoid).
usage: fresh_python.py RULE.py INPUT.json COUNT
Prints one JSON object: executions, seconds, throughput, p50/p95/p99 latency in ms."""
import json
import os
import subprocess
import sys
import time

rule, input_path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
payload = open(input_path, "rb").read()
runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run_rule.py")
latencies = []
start = time.perf_counter()
for _ in range(count):
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, runner, rule], input=payload, capture_output=True)
    if done.returncode != 0:
        sys.exit("baseline rule failed: " + done.stderr.decode())
    latencies.append((time.perf_counter() - t0) * 1000)
elapsed = time.perf_counter() - start
latencies.sort()
pick = lambda q: latencies[min(len(latencies) - 1, max(0, int(-(-q * len(latencies) // 1)) - 1))]
print(json.dumps({"executions": count, "seconds": elapsed, "throughput": count / elapsed,
                  "p50": pick(0.50), "p95": pick(0.95), "p99": pick(0.99)}))
