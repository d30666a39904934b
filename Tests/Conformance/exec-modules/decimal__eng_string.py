from decimal import Decimal
for s in ["123E+1", "123E+3", "12.3E-9", "-123E-12", "7E-7", "0E+1", "0E+2", "0E-5", "0.00E+4", "1E+6", "10E+5", "1.5E-10"]:
    print(s, Decimal(s).to_eng_string(), Decimal(s))
