type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
