# expect: RS201
tools = {'read': open}
result = tools['read']('/etc/passwd')
