import statistics


def typical_price(prices):
    if not prices:
        raise statistics.StatisticsError('no prices for this product')
    return statistics.median(prices)


print(typical_price([9.99, 12.5, 10.25]))
print(typical_price([]))
