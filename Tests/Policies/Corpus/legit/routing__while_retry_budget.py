attempts = 0
remaining = request["budget"]
routes = []
while remaining > 0 and attempts < 10:
    cost = min(remaining, 25)
    routes.append(cost)
    remaining -= cost
    attempts += 1
result = routes
