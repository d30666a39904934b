from collections import Counter

counts = Counter(tx["card"] for tx in transactions)
score = 0
for card, n in counts.items():
    if n > 5:
        score += 10 * (n - 5)
result = {"score": score, "flag": score >= 30}
