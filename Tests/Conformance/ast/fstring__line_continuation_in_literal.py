x = f'a\
b{x}'
y = f"""a\
{y}"""
