import uuid, hashlib, decimal, datetime, json, re, random
print(uuid.UUID, decimal.Decimal, datetime.datetime, datetime.timedelta, random.Random, re.Pattern, type(hashlib.sha256()), type(hashlib.blake2b()))
print(decimal.Context, decimal.InvalidOperation, json.JSONDecodeError, type(re.compile('a')))
