import string
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
code = "AB-12_x!"
print([c in string.ascii_uppercase for c in code])
print("".join(c for c in code if c in string.ascii_letters + string.digits))
print(all(c in string.hexdigits for c in "DEADbeef01"), all(c in string.hexdigits for c in "xyz"))
print(set(string.octdigits) <= set(string.digits))
print(string.punctuation.index("@"), string.printable.endswith(string.whitespace))
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (ok?)".translate(table))
