def eligible(applicant):
    reasons = []
    if applicant["age"] < 18:
        reasons.append("too young")
    if applicant.get("income", 0) < 20000:
        reasons.append("income below threshold")
    if applicant.get("country") not in {"DE", "FR", "NL"}:
        reasons.append("unsupported country")
    return (not reasons, reasons)
people = [
    {"name": "ann", "age": 30, "income": 50000, "country": "DE"},
    {"name": "bob", "age": 17, "income": 1000, "country": "US"},
    {"name": "cid", "age": 40, "country": "FR"},
]
for p in people:
    ok, why = eligible(p)
    print(p["name"], ok, why)
