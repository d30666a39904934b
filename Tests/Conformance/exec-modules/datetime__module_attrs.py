import datetime
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.timezone, datetime.tzinfo)
print(issubclass(datetime.datetime, datetime.date), isinstance(datetime.datetime(2024, 1, 1), datetime.date), isinstance(datetime.date(2024, 1, 1), datetime.datetime))
print(isinstance(datetime.timezone.utc, datetime.tzinfo), type(datetime.date(2024, 1, 1)), type(datetime.timedelta()))
print(datetime.UTC)
