# expect: RS103
from collections import __builtins__ as b
result = b
