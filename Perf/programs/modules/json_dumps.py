# json.dumps of a ~100 KB document, 20 times.
import json

orders = []
for i in range(600):
    orders.append({
        'id': i, 'customer': f'C{i % 97:04d}', 'total': round(i * 1.37, 2), 'paid': i % 3 == 0,
        'tags': ['priority', 'eu'] if i % 5 == 0 else [], 'note': None,
        'lines': [{'sku': f'SKU-{i}-{k}', 'qty': k + 1, 'price': 9.99 + k} for k in range(2)],
    })
doc = {'orders': orders, 'version': 3}
n = 0
for _ in range(20):
    s = json.dumps(doc)
    n += len(s)
print(len(s), n)
print(len(json.dumps(doc, indent=2, sort_keys=True)))
