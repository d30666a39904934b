import json
doc = {"users": [{"id": i, "name": f"user{i}", "score": i * 1.5, "tags": ["a", "b"][: i % 3], "active": i % 2 == 0} for i in range(5)], "meta": {"count": 5, "next": None}}
for kwargs in [{}, {"indent": 2}, {"sort_keys": True}, {"separators": (",", ":")}, {"indent": 1, "sort_keys": True, "ensure_ascii": False}]:
    text = json.dumps(doc, **kwargs)
    assert json.loads(text) == doc
    print(len(text), text[:60])
