stack = []
for c in "((a)(b))":
    if c == "(":
        stack.append(c)
    elif c == ")":
        stack.pop()
print(len(stack) == 0)
queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print(first, queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["([]{})", "([)]", "((", ""]])
