# expect: RS101
import inspect
result = inspect.currentframe()
