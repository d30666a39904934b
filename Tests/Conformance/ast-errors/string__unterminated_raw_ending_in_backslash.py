x = r'abc\'
