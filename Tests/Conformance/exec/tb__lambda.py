f = lambda x: x.upper_case()
print(list(map(f, ["a"])))
