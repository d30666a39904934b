import re

CODE = re.compile(r'[A-Z]{3}')

def find_codes(payload):
    try:
        return CODE.findall(payload)
    except TypeError as e:
        raise ValueError(f"payload {type(payload).__name__}: {e}") from e

print(find_codes('EUR USD'))
print(find_codes(b'EUR USD'))
