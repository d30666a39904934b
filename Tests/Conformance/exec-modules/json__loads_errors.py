import json
docs = ["", " ", "[1,]", '{"a":1,}', '{"a" 1}', "{1:2}", "[1 2]", '"abc', r'"a\qb"', r'"a\u12g4"', '"a\tb"', "1 2", "-", "01", "nul", "[", "{", '{"a":', "tru", "[1,\n  2,\n  x]", '"\\', "1.", ".5", "+1", "[-]", "{'a': 1}", '{"a": 1}}', "\ufeff1", "[1]\n\n  x"]
for d in docs:
    try:
        json.loads(d)
        print("ok", repr(d))
    except json.JSONDecodeError as e:
        print(repr(d), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
