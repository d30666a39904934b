from operator import attrgetter, methodcaller

class Address:
    def __init__(self, city, zip_code):
        self.city = city
        self.zip = zip_code

class Customer:
    def __init__(self, name, tier, city, zip_code):
        self.name = name
        self.tier = tier
        self.address = Address(city, zip_code)
    def discount(self, base, bonus=0):
        return base * self.tier + bonus
    def __repr__(self):
        return self.name

cs = [Customer("ann", 2, "Paris", "75001"), Customer("bob", 1, "Lyon", "69001"), Customer("cy", 3, "Paris", "75002")]
print(sorted(cs, key=attrgetter("tier")))
print(sorted(cs, key=attrgetter("address.city", "name")))
print(attrgetter("address.zip")(cs[0]), attrgetter("name", "address.city")(cs[1]))
print(attrgetter("real", "imag")(3 + 4j))
print(attrgetter("a.b"), attrgetter("x", "y.z"))

up = methodcaller("upper")
print(up("hello"), list(map(methodcaller("split", ","), ["a,b", "c"])))
print(methodcaller("discount", 10)(cs[2]), methodcaller("discount", 10, bonus=5)(cs[0]))
print(methodcaller("replace", "a", "o", 1)("banana"))
print(up, methodcaller("discount", 10, bonus=5), methodcaller("f", "x", [1]))
print(sorted(["b", "C", "a"], key=methodcaller("lower")))

for f in [lambda: attrgetter("missing")(cs[0]), lambda: attrgetter("address.nope")(cs[0]), lambda: attrgetter(1),
          lambda: attrgetter(), lambda: methodcaller(), lambda: methodcaller(5), lambda: methodcaller("nope")(1),
          lambda: methodcaller("upper")(), lambda: attrgetter("name")(cs[0], cs[1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
