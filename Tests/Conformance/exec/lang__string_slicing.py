s = 'hello, world'
print(s[::-1], s[2:5], s[-5:], s[:3], s[::3], s[100:], s[-100:2])
