# expect: RS202
class A:
    def who(self):
        return __class__

result = A().who()
