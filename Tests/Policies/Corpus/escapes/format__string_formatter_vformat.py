# expect: RS305
import string
result = string.Formatter().vformat('{0.__class__}', [order], {})
