"""Hostile: never finishes. Ends with the timeout verdict at the policy's deadline."""
total = 0
i = 0
while True:
    total += i
    i += 1
result = total
