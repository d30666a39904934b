x = 5
assert x == 5
try:
    assert x > 10, "x too small"
except AssertionError as e:
    print("assert:", e)
assert x < 0
