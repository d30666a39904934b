s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s * 3, s + " world")
print("ell" in s, "x" in s, s == "hello", s < "help", "a" * 0, repr(s), repr("it's"), repr('say "hi"'))
print(str(42), str(1.5), str(None), str([1, "a"]), repr("a\nb"), ord("A"), chr(97), chr(8364))
print(len("😀"), "😀"[0], list("ab😀c"), "😀" * 2)
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"))
for ch in "abc":
    print(ch, end=" ")
print()
