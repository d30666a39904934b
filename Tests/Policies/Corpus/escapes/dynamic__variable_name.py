# expect: RS303
name = input_field
result = getattr(order, name)
