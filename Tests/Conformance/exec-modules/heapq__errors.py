import heapq

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("pop empty", lambda: heapq.heappop([]))
attempt("replace empty", lambda: heapq.heapreplace([], 1))
attempt("push tuple", lambda: heapq.heappush((1,), 2))
attempt("pop tuple", lambda: heapq.heappop((1,)))
attempt("heapify int", lambda: heapq.heapify(3))
attempt("pushpop int", lambda: heapq.heappushpop(1, 2))
attempt("push one arg", lambda: heapq.heappush([]))
attempt("pop no args", lambda: heapq.heappop())
attempt("push kw", lambda: heapq.heappush(heap=[], item=1))
attempt("mixed types", lambda: heapq.heappush([1, 2], "x"))
attempt("heapify mixed", lambda: heapq.heapify([3, "a", 1]))
attempt("nlargest none", lambda: heapq.nlargest())
attempt("nsmallest too many", lambda: heapq.nsmallest(2, [1], None, 4))
attempt("nlargest missing iterable", lambda: heapq.nlargest(2))
attempt("nlargest str n", lambda: heapq.nlargest("2", [1, 2, 3]))
attempt("nsmallest not iterable", lambda: heapq.nsmallest(2, 5))
attempt("merge not iterable", lambda: list(heapq.merge([1], 2)))
attempt("merge bad key", lambda: list(heapq.merge([1], [2], key=3)))
h = [1, 2, 3]
attempt("uncomparable keeps list", lambda: heapq.heappush(h, None))
print(h)
