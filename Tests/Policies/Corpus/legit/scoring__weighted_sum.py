WEIGHTS = {"payment_history": 0.35, "utilization": 0.30, "age": 0.15, "mix": 0.10, "new": 0.10}
score = sum(WEIGHTS[k] * features.get(k, 0) for k in WEIGHTS)
result = round(300 + score * 550)
