import re
m = re.search(r"b+", "abbbc")
print(repr(m), str(m), bool(m))
print(re.search(r"'", "it's"), re.search(r"\n", "a\nb"), re.search(r"é", "café"))
if re.match(r"\d", "5x"):
    print("matched")
