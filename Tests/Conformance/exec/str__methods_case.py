s = "hello WORLD ß"
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "ab_1".isidentifier())
print("Straße".upper(), "İ".lower(), len("İ".lower()))
