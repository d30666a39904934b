s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.index("fox"), s.count("o"), s.count("the", 5))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.endswith("lazy", 0, 39), s.find("o", 20, 30))
try:
    s.index("cat")
except ValueError as e:
    print(e)
print(s.replace("the", "a"), s.replace("o", "0", 2), "aaa".replace("a", "b", 0), "abc".replace("", "-"))
