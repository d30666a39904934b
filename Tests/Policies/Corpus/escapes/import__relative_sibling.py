# expect: RS102
from . import secrets
result = secrets
