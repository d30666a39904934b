async def f():
    await x ** 2
    -await x
    await x.y
    await x[0]
    await x()
    [await y async for y in z]
