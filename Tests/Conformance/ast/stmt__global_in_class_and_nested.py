class C:
    global g
    g = 1
    def m(self):
        global h
        h = 2
