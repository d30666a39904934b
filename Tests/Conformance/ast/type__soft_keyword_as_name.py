type = 1
type(x)
type.x = 2
print(type)
match = 3
case = 4
_ = match + case
