import json

payload = json.loads(request["body"])
payload["processed"] = True
result = json.dumps(payload, sort_keys=True)
