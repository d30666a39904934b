class Report:
    def __init__(self, rows):
        self.rows = rows
        self._total = None
    @property
    def total(self):
        if self._total is None:
            print("computing")
            self._total = sum(r["amount"] for r in self.rows)
        return self._total
    @total.deleter
    def total(self):
        self._total = None
r = Report([{"amount": 5}, {"amount": 7}])
print(r.total, r.total)
del r.total
print(r.total)
