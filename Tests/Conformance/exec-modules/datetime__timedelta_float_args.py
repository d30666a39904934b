from datetime import timedelta
for kw in [{"days": 1.5}, {"hours": 0.1}, {"seconds": 0.0000005}, {"seconds": 0.0000015}, {"minutes": -1.25}, {"weeks": 0.5}, {"milliseconds": 0.5}, {"days": 1, "seconds": 0.999999}]:
    td = timedelta(**kw)
    print(kw, repr(td), td)
