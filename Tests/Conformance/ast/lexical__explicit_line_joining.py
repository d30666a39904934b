x = 1 + \
    2
if a and \
   b:
    pass
with a as b, \
     c as d:
    pass
\
y = 3
