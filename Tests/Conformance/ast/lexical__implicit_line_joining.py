x = (1 +
     2)
y = [
    1,
    2,
]
z = {
  "a":
     1}
f(a,
  b)
if (a and
        b):
    pass
