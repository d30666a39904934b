# asctime of explicit tuples and struct_times (glibc's fixed 24-character form).
import time

for t in [(2024, 1, 2, 3, 4, 5, 1, 2, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2024, 3, 9, 15, 4, 5, 5, 69, 0),
          (12345, 6, 7, 8, 9, 10, 2, 158, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0)]:
    print(repr(time.asctime(t)))
print(time.asctime(time.gmtime(0)), "|", time.asctime(time.gmtime(1234567890)))

for bad in [(2024, 1, 2, 3, 4, 5, 1, 2), "x", (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 1, "0")]:
    try:
        time.asctime(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
