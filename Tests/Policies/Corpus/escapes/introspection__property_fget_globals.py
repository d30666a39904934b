# expect: RS301
class A:
    @property
    def x(self):
        return 1

result = A.x.fget.__globals__
