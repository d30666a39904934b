class T:
    def __str__(self):
        return 'str form'
    def __repr__(self):
        return 'repr form'
t = T()
print(t, str(t), repr(t), [t], f'{t}', f'{t!r}')
