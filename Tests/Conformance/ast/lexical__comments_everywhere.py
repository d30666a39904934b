# header
x = 1  # trailing
y = [1,  # in brackets
     2]  # end
def f():  # after colon
    # before body
    pass
# final