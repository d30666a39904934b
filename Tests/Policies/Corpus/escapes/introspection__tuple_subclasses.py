# expect: RS301
classes = ().__class__.__bases__[0].__subclasses__()
result = [c for c in classes if c.__name__ == 'Popen']
