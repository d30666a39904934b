from operator import itemgetter

orders = [{"id": 1, "total": 30}, {"id": 2}]
by_total = itemgetter("total")
print(by_total(orders[0]))
print(sorted(orders, key=by_total))
