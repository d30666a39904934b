"""Hostile: the classic sandbox escape through object introspection. Blocked by the policy."""
classes = ().__class__.__bases__[0].__subclasses__()
result = [c.__name__ for c in classes]
