# A seeded Monte Carlo rule: reproducible results from a private generator.
import random

def simulate(seed, customers):
    rng = random.Random(seed)
    revenue = 0
    churned = []
    for c in customers:
        if rng.random() < c["churn"]:
            churned.append(c["name"])
            continue
        revenue += c["spend"] * rng.uniform(0.9, 1.1)
    bonus_winner = rng.choice(customers)["name"]
    panel = rng.sample([c["name"] for c in customers], 2)
    return round(revenue, 6), churned, bonus_winner, panel

customers = [
    {"name": "ada", "churn": 0.1, "spend": 120},
    {"name": "bob", "churn": 0.5, "spend": 80},
    {"name": "cy", "churn": 0.05, "spend": 300},
    {"name": "dee", "churn": 0.3, "spend": 50},
]
for seed in [1, 2, 3, "quarter-4"]:
    print(seed, simulate(seed, customers))

print(simulate(7, customers) == simulate(7, customers))
random.seed(2024)
trials = [sum(random.random() < 0.3 for _ in range(100)) for _ in range(5)]
print(trials)
