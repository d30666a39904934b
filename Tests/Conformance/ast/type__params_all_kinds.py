type A[T, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type B[T: int] = T
type C[T: (int, str)] = T
