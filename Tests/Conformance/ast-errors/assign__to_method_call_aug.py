obj.m() += 1
