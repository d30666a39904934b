d = {"a": 1, "b": 2}
for k in d:
    if k == "a":
        del d[k]
