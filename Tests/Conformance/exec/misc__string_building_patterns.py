rows = [("id", "name"), (1, "ann"), (2, "bob")]
widths = [max(len(str(r[i])) for r in rows) for i in range(2)]
for r in rows:
    print(" | ".join(str(c).ljust(w) for c, w in zip(r, widths)))
print("\n".join(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())))
csv = "a,b\n1,2\n3,4"
print([line.split(",") for line in csv.splitlines()[1:]])
