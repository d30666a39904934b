class Util:
    factor = 3
    @staticmethod
    def double(x):
        return 2 * x
    @classmethod
    def triple(cls, x):
        return cls.factor * x
u = Util()
print(Util.double(4), u.double(5), Util.triple(2), u.triple(3))
class Sub(Util):
    factor = 10
print(Sub.triple(2), Sub().double(1))
