# expect: RS103
from typing import get_type_hints
result = get_type_hints
