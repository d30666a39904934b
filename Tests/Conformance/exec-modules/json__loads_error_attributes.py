import json
try:
    json.loads('{"items": [1, 2,, 3]}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
    print(e.msg, e.doc, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.lineno, e.colno)
