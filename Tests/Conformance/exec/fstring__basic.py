name = "world"; n = 3
print(f"hello {name}!", f"{n + 1}", f"{name!r}", f"{[1, 2]}", f"{{literal}}", f"{n}{n}", f"")
print(f"{'nested'}", f"{n * 'ab'}", f"{None}", f"{3.5}", f"{name=}")
