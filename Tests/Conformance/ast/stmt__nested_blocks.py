def f():
    for x in y:
        while z:
            if a:
                with b:
                    try:
                        pass
                    except E:
                        class C:
                            def m(self):
                                return [i for i in x]
