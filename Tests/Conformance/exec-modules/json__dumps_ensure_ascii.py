import json
s = "caf\u00e9 \u20ac \U0001f600 \x7f \x00 \x1f \t\n\r\b\f \"q\" \\ /"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"\u00fc": "\u00fc"}), json.dumps({"\u00fc": "\u00fc"}, ensure_ascii=False))
print(json.dumps("\ud800"))
