# expect: RS302
import string
result = string.Formatter().get_field('0.__class__', [order], {})[0]
