risky = {"XX", "YY"}
reasons = []
if payment["card_country"] != payment["ip_country"]:
    reasons.append("country mismatch")
if payment["ip_country"] in risky:
    reasons.append("risky country")
if payment["amount"] > 1000 and not payment.get("verified"):
    reasons.append("large unverified amount")
result = {"block": len(reasons) >= 2, "reasons": reasons}
