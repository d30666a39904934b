def check(v):
    try:
        if v == 0:
            raise KeyError('k')
        if v == 1:
            raise IndexError('i')
        return [][v]
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except Exception as e:
        return 'other'
print(check(0), check(1), check(5))
