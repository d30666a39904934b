x = f"""
{
    a  # a comment inside a replacement field (3.12)
    + b
}
"""
y = f'''{a:
}'''
z = f'{
  1
}'
