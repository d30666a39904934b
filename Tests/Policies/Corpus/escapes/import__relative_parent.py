# expect: RS102
from ..config import password
result = password
