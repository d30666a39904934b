ratios = [1.0, 0.0]
print([1 / r for r in ratios])
