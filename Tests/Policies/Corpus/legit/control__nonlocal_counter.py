def make_counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

counter = make_counter()
for _ in range(3):
    counter()
result = counter(10)
