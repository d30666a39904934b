parts = []
for i in range(300000):
    parts.append(str(i))
s = ",".join(parts)
acc = ""
for i in range(20000):
    acc += "x"
print(len(s), len(acc))
