"""Runs one rule once, as a fresh CPython process would: read the input JSON on stdin, run the
rule with the input's keys as globals, print the JSON of its `result`. Used by fresh_python.py."""
import json
import sys

source = open(sys.argv[1], encoding="utf-8").read()
env = json.loads(sys.stdin.read())
exec(compile(source, sys.argv[1], "exec"), env)
print(json.dumps(env.get("result")))
