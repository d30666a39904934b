import statistics

amounts = [t["amount"] for t in history]
mean = statistics.fmean(amounts)
stdev = statistics.pstdev(amounts) or 1.0
z = (current["amount"] - mean) / stdev
result = "review" if abs(z) > 3 else "ok"
