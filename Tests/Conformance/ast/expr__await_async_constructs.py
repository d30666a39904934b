async def f():
    await x
    await f(await g())
    return await x ** 2
    async for a in b: pass
    async with c as d, e: pass
    [i async for i in aiter()]
    {k: v async for k, v in z}
    (x async for x in y)
    [await w for w in z]
    async for x in y:
        pass
    else:
        pass
