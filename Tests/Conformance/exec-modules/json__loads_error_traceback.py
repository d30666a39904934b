import json
def parse(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"bad config: {e.msg} at {e.lineno}:{e.colno}") from None
print(parse('{"ok": true}'))
parse('{"ok": tru}')
