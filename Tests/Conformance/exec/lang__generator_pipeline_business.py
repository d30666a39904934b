orders = [{'id': i, 'total': i * 12.5, 'country': 'DE' if i % 2 else 'FR'} for i in range(1, 9)]
def by_country(rows, c):
    for r in rows:
        if r['country'] == c:
            yield r
def totals(rows):
    for r in rows:
        yield r['total']
print(sum(totals(by_country(orders, 'DE'))), max(totals(by_country(orders, 'FR'))))
