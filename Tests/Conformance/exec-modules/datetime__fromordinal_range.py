from datetime import date, datetime
for n in [1, 365, 366, 730119, 738000, 3652059]:
    print(n, date.fromordinal(n), repr(datetime.fromordinal(n)))
for n in [0, 3652060]:
    try:
        date.fromordinal(n)
    except ValueError as e:
        print(n, "ValueError")
