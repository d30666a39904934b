import base64

token = base64.b64decode(request["token"]).decode("utf-8")
user, _, role = token.partition(":")
result = {"user": user, "role": role or "guest"}
