import statistics
from fractions import Fraction

print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(statistics.mode([1, 2]), statistics.mode([2, 1]), statistics.mode('abracadabra'), statistics.mode([(1, 2), (1, 2), (3,)]))
print(statistics.mode([1, 1.0, True]), statistics.mode([0.5, Fraction(1, 2), 0.25]), statistics.mode(iter([7, 8, 8])))
print(statistics.multimode('aabbbbccddddeeffffgg'), statistics.multimode([]), statistics.multimode([3, 1, 2]))
print(statistics.multimode([1, 1, 2, 2, 3]), statistics.multimode(x % 3 for x in range(10)), statistics.multimode(['x']))
# The most common basket size and every size tied for first place.
baskets = [3, 5, 2, 5, 3, 7, 5, 3, 1]
print(statistics.mode(baskets), statistics.multimode(baskets))
try:
    statistics.mode([])
except statistics.StatisticsError as e:
    print('StatisticsError', e)
try:
    statistics.mode([[1], [1]])
except TypeError as e:
    print('TypeError', e)
try:
    statistics.multimode([{}, {}])
except TypeError as e:
    print('TypeError', e)
