from decimal import Decimal

def log_return(old, new):
    return (Decimal(new) / Decimal(old)).ln()

print(log_return("100", "110"))
print(log_return("100", "-5"))
