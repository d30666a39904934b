import uuid

ident = uuid.UUID(request["id"])
result = {"version": ident.version, "hex": ident.hex}
