# expect: RS201
os = __import__('os')
result = os.getcwd()
