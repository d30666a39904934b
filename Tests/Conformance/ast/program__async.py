import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    results = [await fetch(i) for i in range(3)]
    async with lock:
        total = sum(results)
    return total

asyncio.run(main())
