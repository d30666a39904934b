orders = {'o1': {'items': [('a', 2), ('b', 1)]}, 'o2': {'items': [('a', 5)]}}
totals = {k: sum(q for _, q in v['items']) for k, v in orders.items()}
print(totals)
by_item = {}
for o in orders.values():
    for name, q in o['items']:
        by_item[name] = by_item.get(name, 0) + q
print(sorted(by_item.items()))
