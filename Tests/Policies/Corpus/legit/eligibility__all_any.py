checks = [
    applicant["age"] >= 18,
    applicant["resident"],
    not applicant.get("bankrupt", False),
]
warnings = [applicant["income"] < 15000, applicant["employment_years"] < 1]
result = {"eligible": all(checks), "needs_review": any(warnings)}
