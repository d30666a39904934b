x = 1

# coding: latin-1
y = "é"
