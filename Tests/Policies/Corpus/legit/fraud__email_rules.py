import re

DISPOSABLE = ("mailinator.com", "tempmail.net")
email = customer["email"].strip().lower()
valid = re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", email) is not None
domain = email.rsplit("@", 1)[-1] if valid else ""
result = {"valid": valid, "disposable": domain in DISPOSABLE}
