x = 1 .bit_length()
y = 0x10.bit_length()
z = 1..real
w = 1.e1
