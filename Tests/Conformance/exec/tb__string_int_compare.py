ages = [30, "31", 29]
print(sorted(ages))
