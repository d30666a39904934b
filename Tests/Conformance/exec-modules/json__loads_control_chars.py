import json
for d in ['"a\nb"', '"a\x00b"', '"a\x1fb"', '"a\x7fb"', '["ok", "bad\rline"]']:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), e)
