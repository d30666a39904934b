import uuid

def parse_customer_id(text):
    try:
        return uuid.UUID(text)
    except ValueError as e:
        raise ValueError(f"bad customer id {text!r}: {e}") from None

print(parse_customer_id("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
print(parse_customer_id("6ba7b810-9dad-11d1-80b4"))
