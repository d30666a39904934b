from collections import deque

# Breadth-first walk of an approval chain: who must sign off, level by level.
reports_to = {
    "ceo": ["cfo", "cto"],
    "cfo": ["controller", "treasurer"],
    "cto": ["eng_lead"],
    "eng_lead": ["dev1", "dev2"],
}

def levels(root):
    seen = {root}
    queue = deque([(root, 0)])
    order = []
    while queue:
        person, depth = queue.popleft()
        order.append((depth, person))
        for sub in reports_to.get(person, []):
            if sub not in seen:
                seen.add(sub)
                queue.append((sub, depth + 1))
    return order

for depth, person in levels("ceo"):
    print("  " * depth + person)

# A stack of undo operations on an order.
undo = deque()
total = 0
for op, amount in [("add", 30), ("add", 12), ("discount", -5), ("add", 7)]:
    total += amount
    undo.append((op, amount))
print(total, len(undo))
while undo and total > 35:
    op, amount = undo.pop()
    total -= amount
    print("undo", op, amount, "->", total)
print(undo)
