import re

def find_codes(payload):
    return re.findall(r'[A-Z]{3}', payload)

print(find_codes('EUR USD'))
print(find_codes(b'EUR USD'))
