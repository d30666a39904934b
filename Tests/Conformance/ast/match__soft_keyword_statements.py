match(x)
match[x]
match.x = 1
match = 1
case = 2
match, case = 1, 2
print(match, case)
match x:
    case case: pass
match match:
    case match: pass
