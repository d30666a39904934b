import json
print(ascii(json.loads('"\\u0041\\u00df\\u4e2d\\ud834\\udd1e"')), ascii(json.loads('"\\udd1e\\ud834"')), ascii(json.loads('"\\ud834\\u0041"')))
print(json.dumps(json.loads('"\\ud834\\udd1e"')), json.dumps(json.loads('"\\ud834\\udd1e"'), ensure_ascii=False) == '"\U0001d11e"')
for bad in ['"\\u12"', '"\\u"', '"\\ud834\\u12"', '"\\x41"', '"abc\\']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
