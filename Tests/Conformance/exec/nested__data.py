config = {"rules": [{"name": "a", "limit": 10}, {"name": "b", "limit": 20}], "enabled": True}
total = 0
for rule in config["rules"]:
    total += rule["limit"]
print(total, [r["name"] for r in config["rules"] if r["limit"] > 15])
config["rules"][0]["limit"] += 5
print(config)
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
