"""Loan eligibility: affordability, credit and age checks, with an offered rate.

Inputs (globals): applicant {birth_date, annual_income, monthly_debts, credit_score,
employment_years}, request {amount, term_months}, today (ISO date).
Sets result: {eligible, reasons, monthly_payment, annual_rate}.
"""
from datetime import date

today_date = date.fromisoformat(today)
birth = date.fromisoformat(applicant["birth_date"])
age = today_date.year - birth.year - ((today_date.month, today_date.day) < (birth.month, birth.day))


def annual_rate_for(score):
    for floor, rate in ((800, 0.049), (740, 0.059), (680, 0.079), (620, 0.109)):
        if score >= floor:
            return rate
    return None


def monthly_payment(principal, yearly_rate, months):
    r = yearly_rate / 12
    return principal * r / (1 - (1 + r) ** -months)


reasons = []
if age < 18:
    reasons.append(f"applicant is {age}, must be 18 or older")
if age + request["term_months"] / 12 > 75:
    reasons.append("loan would run past age 75")

rate = annual_rate_for(applicant["credit_score"])
if rate is None:
    reasons.append(f"credit score {applicant['credit_score']} below 620")
    rate = 0.0

payment = monthly_payment(request["amount"], rate, request["term_months"]) if rate else None
monthly_income = applicant["annual_income"] / 12
if payment is not None:
    ratio = (applicant["monthly_debts"] + payment) / monthly_income
    if ratio > 0.4:
        reasons.append(f"debt-to-income {ratio:.0%} above 40%")
if applicant["employment_years"] < 1:
    reasons.append("less than one year in employment")

result = {
    "eligible": not reasons,
    "reasons": reasons,
    "monthly_payment": round(payment, 2) if payment is not None else None,
    "annual_rate": rate or None,
}
