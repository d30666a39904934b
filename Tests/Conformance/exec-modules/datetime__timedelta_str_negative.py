from datetime import timedelta
for s in [-1, -59, -3600, -86400, -86401, -172800, 86400 * 3 + 5, -0.5, 0.25]:
    td = timedelta(seconds=s)
    print(s, str(td), repr(td))
