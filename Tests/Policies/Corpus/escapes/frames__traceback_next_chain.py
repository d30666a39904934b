# expect: RS302
def walk(tb):
    while tb.tb_next:
        tb = tb.tb_next
    return tb

result = 0
