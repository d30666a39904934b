import heapq
import itertools

# A priority task queue with stable ordering and cancellation (the heapq docs recipe).
pq = []
entry_finder = {}
REMOVED = "<removed>"
counter = itertools.count()

def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)

def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED

def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError("pop from an empty priority queue")

add_task("review invoices", 3)
add_task("approve refund #12", 1)
add_task("call supplier", 2)
add_task("approve refund #13", 1)
add_task("call supplier", 0)      # re-prioritised
remove_task("review invoices")
print(pq)
order = []
while True:
    try:
        order.append(pop_task())
    except KeyError as e:
        print("done:", e)
        break
print(order)

# Scheduling: always give the next job to the least loaded worker.
jobs = [("j1", 5), ("j2", 3), ("j3", 8), ("j4", 2), ("j5", 4), ("j6", 7)]
workers = [(0, name) for name in ["w1", "w2", "w3"]]
heapq.heapify(workers)
assignment = {}
for job, cost in jobs:
    load, name = heapq.heappop(workers)
    assignment.setdefault(name, []).append(job)
    heapq.heappush(workers, (load + cost, name))
print(sorted(workers), assignment)
