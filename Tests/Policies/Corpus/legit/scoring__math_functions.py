import math

def logistic(x):
    return 1 / (1 + math.exp(-x))

raw = 0.8 * features["income_z"] - 1.2 * features["debt_z"] + 0.3
result = {"probability": round(logistic(raw), 4), "log_odds": raw, "ceil": math.ceil(raw)}
