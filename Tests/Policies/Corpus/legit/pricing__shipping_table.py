import bisect

WEIGHTS = [1, 5, 10, 20]
PRICES = [4.90, 6.90, 9.90, 14.90, 29.90]
index = bisect.bisect_left(WEIGHTS, parcel["kg"])
result = PRICES[index]
