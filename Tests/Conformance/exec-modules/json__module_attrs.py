import json
print(sorted(n for n in ["dumps", "loads", "dump", "load", "JSONDecodeError"] if hasattr(json, n)))
print(json.__name__, callable(json.dumps))
from json import dumps, loads, JSONDecodeError
print(dumps(loads("[1]")), JSONDecodeError.__mro__[1].__name__)
