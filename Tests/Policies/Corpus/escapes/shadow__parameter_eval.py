# expect: RS201
def run(eval):
    return eval(source)

result = run(len)
