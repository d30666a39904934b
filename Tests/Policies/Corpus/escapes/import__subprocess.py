# expect: RS101
import subprocess
result = subprocess.run(['id'])
