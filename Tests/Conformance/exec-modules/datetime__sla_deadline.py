from datetime import datetime, timedelta, timezone
opened = datetime(2024, 3, 8, 16, 45, tzinfo=timezone.utc)
sla = timedelta(hours=4)
deadline = opened + sla
closed = datetime(2024, 3, 8, 22, 10, tzinfo=timezone(timedelta(hours=1)))
print(deadline, closed.astimezone(timezone.utc), closed <= deadline, closed - opened, (closed - opened) / sla)
late = max(timedelta(0), closed - deadline)
print(f"late by {late}, {late.total_seconds() / 60:.1f} min")
