# expect: RS303
opts = {}
result = getattr(order, **opts)
