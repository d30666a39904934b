from datetime import date, datetime
due = date(2024, 5, 1)
paid = datetime(2024, 5, 3, 10, 0)
print((paid - due).days)
