s = 'key=value=more'
print(s.partition('='), s.rpartition('='), s.find('='), s.rfind('='), s.find('x'))
try:
    s.index('x')
except ValueError as e:
    print(e)
