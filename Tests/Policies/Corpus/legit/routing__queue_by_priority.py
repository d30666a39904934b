import heapq

queue = []
for ticket in tickets:
    priority = {"critical": 0, "high": 1, "normal": 2}.get(ticket["level"], 3)
    heapq.heappush(queue, (priority, ticket["created"], ticket["id"]))
result = [heapq.heappop(queue)[2] for _ in range(min(3, len(queue)))]
