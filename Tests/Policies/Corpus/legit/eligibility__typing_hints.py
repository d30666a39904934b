from typing import Optional

def credit_limit(score: int, income: float, existing: Optional[float] = None) -> float:
    base = income * (0.3 if score >= 700 else 0.15)
    if existing is not None:
        base -= existing
    return max(base, 0.0)

result = credit_limit(applicant["score"], applicant["income"], applicant.get("existing"))
