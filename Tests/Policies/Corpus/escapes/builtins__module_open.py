# expect: RS101 RS201
import builtins
result = builtins.open('/etc/passwd')
