from datetime import datetime, timezone
deadline = datetime(2024, 6, 30, 23, 59, tzinfo=timezone.utc)
submitted = datetime(2024, 6, 30, 20, 0)
print(submitted <= deadline)
