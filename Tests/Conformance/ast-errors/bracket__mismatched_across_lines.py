x = f(a,
      b]
