# datetime parsing and formatting: fromisoformat, strptime, strftime, isoformat, arithmetic.
from datetime import datetime, timedelta, date

start = datetime(2024, 1, 1, 8, 30)
stamps = [(start + timedelta(minutes=37 * i)).isoformat() for i in range(5000)]
parsed = [datetime.fromisoformat(s) for s in stamps]
print(parsed[-1], len(parsed))
texts = [d.strftime('%d/%m/%Y %H:%M') for d in parsed]
print(texts[1234])
back = [datetime.strptime(t, '%d/%m/%Y %H:%M') for t in texts[:2000]]
print(back[-1], sum(1 for d in back if d.weekday() >= 5))
days = [date.fromisoformat(s[:10]).isocalendar()[1] for s in stamps]
print(max(days), sum(days))
