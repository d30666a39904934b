import json
print(json.loads(r'"a\"b\\c\/d\b\f\n\r\t"') == 'a"b\\c/d\b\f\n\r\t')
print(ascii(json.loads(r'"\u00e9\u20AC\ud83d\ude00"')), ascii(json.loads(r'"\ud83d"')), ascii(json.loads(r'"\ude00\ud83d x"')))
print(json.loads('"caf\u00e9 \U0001f600"') == "caf\u00e9 \U0001f600")
print(repr(json.loads('""')), repr(json.loads('"\x7f"')))
