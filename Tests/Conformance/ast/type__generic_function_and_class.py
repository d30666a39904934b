def f[T](x: T) -> T: return x
class C[T, U: str](Base[T]): pass
async def g[**P, *Ts](*a: *Ts): pass
