# struct_time: built from a 9 to 11 sequence, compared and hashed as its tuple.
import time

st = time.struct_time((2024, 3, 9, 15, 4, 5, 5, 69, 0))
print(st)
print(st.tm_zone, st.tm_gmtoff, st.tm_year, st[1])
full = time.struct_time((2024, 3, 9, 15, 4, 5, 5, 69, 0, "CET", 3600))
print(full, full.tm_zone, full.tm_gmtoff, len(full))
print(st == full, st == (2024, 3, 9, 15, 4, 5, 5, 69, 0), st != (1,), st < (2025,), hash(st) == hash(tuple(st)))
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]), time.struct_time(range(9)))
odd = time.struct_time(("a", "b", None, 1.5, [], {}, 0, 0, 0))
print(odd)
print(type(st).__name__, isinstance(time.gmtime(0), time.struct_time))
print(time.strftime("%Z %z", full))

for bad in [(1, 2, 3), tuple(range(12)), 5, "abcdefghi"]:
    try:
        print(time.struct_time(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    st.tm_year = 2000
except AttributeError as e:
    print(type(e).__name__)
