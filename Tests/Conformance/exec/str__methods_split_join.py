line = "name=alice; age=30; city=Berlin"
fields = dict(part.strip().split("=") for part in line.split(";"))
print(fields)
print("a b  c".split(), "a b  c".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True), "-".join(["2024", "01", "05"]))
print("key: value".partition(": "), "no-sep".partition(":"), "a.b.c".rpartition("."))
