# expect: RS101
import os.path
result = os.path.exists('/')
