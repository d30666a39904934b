def factory(kind):
    class Impl:
        label = kind
        def describe(self):
            return f"{self.label}:{type(self).__qualname__}"
    return Impl
A = factory("alpha")
B = factory("beta")
print(A().describe(), B().describe(), A is not B)
