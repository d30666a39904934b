if a:
  x
if b:
        y
if c:
    if d:
            e
    f
