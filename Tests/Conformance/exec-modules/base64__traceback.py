import base64

def read_attachment(encoded):
    try:
        raw = base64.b64decode(encoded, validate=True)
    except ValueError as e:
        raise ValueError(f"attachment is not valid base64: {e}") from None
    return raw.decode("utf-8")

print(read_attachment("SW52b2ljZSAjMTAwMQ=="))
print(read_attachment("SW52b2ljZSAjMTAwM"))
