class O:
    pass
o = O()
setattr(o, 'x', 5)
print(getattr(o, 'x'), hasattr(o, 'y'), getattr(o, 'y', None))
delattr(o, 'x')
print(hasattr(o, 'x'), vars(o))
