"""Fraud score for a card payment: weighted signals, score 0-100, and a decision.

Inputs (globals): payment {amount, currency, country, card_country, email, ip_country,
created_at (ISO 8601)}, history [{amount, created_at}] (the card's earlier payments).
Sets result: {score, decision, signals}.
"""
import math
import re
from datetime import datetime, timedelta

HIGH_RISK_COUNTRIES = {"XX", "YY"}
DISPOSABLE_EMAIL = re.compile(r"@(mailinator|tempmail|10minutemail)\.(com|net)$", re.IGNORECASE)

signals = {}
when = datetime.fromisoformat(payment["created_at"])

if payment["country"] != payment["card_country"]:
    signals["card issued abroad"] = 15
if payment.get("ip_country") and payment["ip_country"] != payment["country"]:
    signals["IP country differs"] = 20
if payment["country"] in HIGH_RISK_COUNTRIES:
    signals["high-risk country"] = 25
if DISPOSABLE_EMAIL.search(payment.get("email", "")):
    signals["disposable email"] = 20

amounts = [h["amount"] for h in history]
if amounts:
    mean = sum(amounts) / len(amounts)
    spread = math.sqrt(sum((a - mean) ** 2 for a in amounts) / len(amounts)) or 1.0
    z = (payment["amount"] - mean) / spread
    if z > 3:
        signals[f"amount {z:.1f} deviations above usual"] = min(30, round(5 * z))
else:
    signals["first payment with this card"] = 10

recent = [h for h in history if when - datetime.fromisoformat(h["created_at"]) <= timedelta(hours=1)]
if len(recent) >= 3:
    signals[f"{len(recent)} payments in the last hour"] = 10 * (len(recent) - 2)

if 0 <= when.hour < 5:
    signals["night-time payment"] = 5

score = min(100, sum(signals.values()))
decision = "block" if score >= 70 else "review" if score >= 40 else "approve"
result = {"score": score, "decision": decision, "signals": signals}
