from collections import deque

window = deque(maxlen=5)
alerts = []
for tx in transactions:
    window.append(tx["amount"])
    if len(window) == window.maxlen and sum(window) > 5000:
        alerts.append(tx["id"])
result = alerts
