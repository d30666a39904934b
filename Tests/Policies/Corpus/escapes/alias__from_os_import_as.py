# expect: RS101
from os import path as p
result = p.exists('/etc/passwd')
