# expect: RS201
class open:
    pass

result = open()
