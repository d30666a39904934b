from collections import deque

# A work queue drained past its end: the uncaught IndexError gives a traceback.
queue = deque(["a", "b"])
while True:
    job = queue.popleft()
    print("processing", job)
