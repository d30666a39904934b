import re
EMAIL = re.compile(r"^[\w.+-]+@(?P<domain>[\w-]+(\.[\w-]+)+)$")
PHONE = re.compile(r"^\+?(\d{1,3})?[-. ]?\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
for e in ["a.b@example.com", "bad@", "x+y@sub.domain.org", "no at.com"]:
    m = EMAIL.match(e)
    print(e, bool(m), m and m.group("domain"))
for p in ["+1 (555) 123-4567", "555.123.4567", "12345"]:
    m = PHONE.match(p)
    print(p, m.groups() if m else None)
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "due 2024-01-31, paid 2024-02-01"))
