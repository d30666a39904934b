from functools import cmp_to_key

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(max(words, key=cmp_to_key(by_len_then_alpha)), min(words, key=cmp_to_key(by_len_then_alpha)))

# the classic "largest number" puzzle
nums = [3, 30, 34, 5, 9]
order = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
print("".join(order))

# business ordering: priority customers first, then by amount descending
def order_cmp(x, y):
    if x["vip"] != y["vip"]:
        return -1 if x["vip"] else 1
    return y["amount"] - x["amount"]

orders = [{"id": 1, "vip": False, "amount": 50}, {"id": 2, "vip": True, "amount": 10},
          {"id": 3, "vip": False, "amount": 90}, {"id": 4, "vip": True, "amount": 70}]
print([o["id"] for o in sorted(orders, key=cmp_to_key(order_cmp))])

K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= K(1), k2 >= k1, k1.obj)
print(type(K).__name__ == type(k1).__name__)

for f in [lambda: cmp_to_key(), lambda: K(1) < 2, lambda: hash(K(1)), lambda: K(), lambda: sorted([1, "a"], key=K),
          lambda: cmp_to_key(lambda a, b: "x")(1) < cmp_to_key(lambda a, b: "x")(2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
