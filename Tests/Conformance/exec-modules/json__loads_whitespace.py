import json
print(json.loads(' \t\n\r{ \t"a" \n:\r 1 \t, "b"\n:[ ]\n}\n '))
for d in ['\x0c1', '1\x0c', '[1,\x0b2]', '\u00a01']:
    try:
        print(json.loads(d))
    except json.JSONDecodeError as e:
        print(repr(d), e)
