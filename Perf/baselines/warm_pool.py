"""Baseline 2: a warm pool of python3 workers with modules preloaded and the rule compiled once
per worker (CPython's best case, comparable to RuleSandbox's warm guards).
usage: warm_pool.py RULE.py INPUT.json COUNT WORKERS [IN_FLIGHT]
A closed loop keeps IN_FLIGHT requests outstanding (default 2 per worker), the same load shape
the RuleSandbox load driver uses, so latencies are service times and not a burst's queueing.
Prints one JSON object: executions, seconds, throughput, p50/p95/p99 latency in ms."""
import json
import multiprocessing as mp
import sys
import threading
import time

_code = None


def _init(rule_path):
    global _code
    import datetime, decimal, math, re  # noqa: F401  (preloaded, as the guards preload theirs)
    _code = compile(open(rule_path, encoding="utf-8").read(), rule_path, "exec")


def _run(payload):
    t0 = time.perf_counter()
    env = json.loads(payload)
    exec(_code, env)
    return json.dumps(env.get("result")), t0


def main():
    rule, input_path, count, workers = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    in_flight = int(sys.argv[5]) if len(sys.argv) > 5 else workers * 2
    payload = open(input_path, encoding="utf-8").read()
    with mp.Pool(workers, initializer=_init, initargs=(rule,)) as pool:
        pool.map(_run, [payload] * (workers * 4))  # warm up every worker
        latencies = []
        slots = threading.Semaphore(in_flight)
        lock = threading.Lock()
        errors = []

        def submit():
            submitted = time.perf_counter()

            def done(_):
                with lock:
                    latencies.append((time.perf_counter() - submitted) * 1000)
                slots.release()

            def failed(e):
                errors.append(e)
                slots.release()

            pool.apply_async(_run, (payload,), callback=done, error_callback=failed)

        start = time.perf_counter()
        for _ in range(count):
            slots.acquire()
            submit()
        for _ in range(in_flight):
            slots.acquire()
        elapsed = time.perf_counter() - start
        if errors:
            sys.exit("baseline rule failed: %r" % errors[0])
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, max(0, int(-(-q * len(latencies) // 1)) - 1))]
    print(json.dumps({"executions": count, "seconds": elapsed, "throughput": count / elapsed,
                      "p50": pick(0.50), "p95": pick(0.95), "p99": pick(0.99)}))


if __name__ == "__main__":
    main()
