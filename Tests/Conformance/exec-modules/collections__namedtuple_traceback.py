from collections import namedtuple

Invoice = namedtuple("Invoice", "number customer total")

# A record built with a field missing: the uncaught TypeError gives a traceback.
invoices = [Invoice(1, "acme", 120.0), Invoice(2, "globex")]
print(invoices)
