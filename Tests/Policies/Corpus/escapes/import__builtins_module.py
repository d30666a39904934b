# expect: RS101
import builtins
result = builtins
