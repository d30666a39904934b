# expect: RS304
result = '{x.__dict__}'.format_map({'x': order})
