from collections import defaultdict

totals = defaultdict(float)
for line in invoice_lines:
    totals[line["category"]] += line["amount"]
result = dict(totals)
