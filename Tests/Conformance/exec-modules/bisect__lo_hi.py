import bisect

a = [0, 10, 20, 30, 40, 50]
print(bisect.bisect(a, 25, 0, 3), bisect.bisect(a, 25, 4), bisect.bisect(a, 25, hi=2))
print(bisect.bisect_left(a, 30, lo=1, hi=5), bisect.bisect_left(a, 30, lo=4))
print(bisect.bisect_right(a, 100, 2, 4), bisect.bisect_right(a, -5, 2, 4))
print(bisect.bisect(a, 25, hi=None), bisect.bisect(a, 25, lo=0, hi=len(a)))

b = [5, 1, 9, 3]  # not sorted: bisect still does its binary search
print(bisect.bisect(b, 4), bisect.bisect_left(b, 9))

c = [1, 2, 3]
bisect.insort(c, 0, 1)  # lo=1 forces the item after index 0
print(c)
bisect.insort_left(c, 99, 0, 1)
print(c)

# lo beyond hi returns lo
print(bisect.bisect([1, 2, 3], 2, 3, 1))

# hi beyond the end raises IndexError from the sequence
try:
    bisect.bisect([1, 2, 3], 2, 0, 10)
except IndexError as e:
    print(type(e).__name__, e)
