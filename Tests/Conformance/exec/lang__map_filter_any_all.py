nums = [3, -1, 4, -1, 5]
print(list(map(abs, nums)), list(filter(lambda n: n > 0, nums)), any(n > 4 for n in nums), all(n > 0 for n in nums))
print(sum(nums), sum(nums, 10), min(nums), max(nums, default=0), sorted(nums, reverse=True))
