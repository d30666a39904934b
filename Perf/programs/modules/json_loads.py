# json.loads of a ~100 KB document, 20 times.
import json

parts = []
for i in range(600):
    parts.append('{"id": %d, "customer": "C%04d", "total": %d.25, "paid": %s, "tags": ["a", "b"], "note": null, '
                 '"lines": [{"sku": "SKU-%d-0", "qty": 1, "price": 9.99}, {"sku": "SKU-%d-1", "qty": 2, "price": 10.99}]}'
                 % (i, i % 97, i, 'true' if i % 3 == 0 else 'false', i, i))
text = '{"orders": [' + ', '.join(parts) + '], "version": 3}'
total = 0
for _ in range(20):
    doc = json.loads(text)
    total += len(doc['orders'])
print(len(text), total, doc['orders'][599]['lines'][1]['sku'])
