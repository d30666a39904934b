import json
for s in ["", "\u2028\u2029", "</script>", "\x7f\x80\xff", "tab\there", "quote\"back\\slash", "emoji \U0001f389"]:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False) == '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"')
