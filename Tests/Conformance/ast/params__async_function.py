async def f(a, *, b=1) -> int:
    return await a
@dec
async def g(): pass
