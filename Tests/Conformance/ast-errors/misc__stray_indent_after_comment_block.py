def f():
    pass
  # comment
  x = 1
