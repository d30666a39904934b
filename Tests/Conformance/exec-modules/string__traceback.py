from string import Template

LETTER = Template("Dear $customer,\nyour claim $claim_id was $status.\n")

def letter(data):
    try:
        return LETTER.substitute(data)
    except KeyError as e:
        raise LookupError(f"letter template needs {e}") from None

print(letter({"customer": "Ann Lee", "claim_id": "C-17", "status": "approved"}))
print(letter({"customer": "Bo Chen", "claim_id": "C-18"}))
