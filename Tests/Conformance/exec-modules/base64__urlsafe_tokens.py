import base64, json, hashlib
payload = {"sub": "customer-42", "tier": "gold", "limit": 2500}
raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
token = base64.urlsafe_b64encode(raw).decode().rstrip("=")
print(token)
def unpad(t):
    return base64.urlsafe_b64decode(t + "=" * (-len(t) % 4))
print(json.loads(unpad(token)))
blob = bytes([0xfb, 0xef, 0xff, 0x3e, 0x3f])
print(base64.b64encode(blob), base64.urlsafe_b64encode(blob))
print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(blob)) == blob)
# urlsafe decoding still accepts + and /
print(base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode("+/+/"))
sig = base64.urlsafe_b64encode(hashlib.sha256(raw).digest())
print(sig, len(sig))
