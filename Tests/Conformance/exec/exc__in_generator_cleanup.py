def producer():
    try:
        for i in range(5):
            yield i
    finally:
        print("producer closed")
gen = producer()
for v in gen:
    if v == 2:
        break
gen.close()
print("after loop")
def failing():
    yield 1
    raise ValueError("gen failed")
try:
    for x in failing():
        print(x)
except ValueError as e:
    print("caught", e)
