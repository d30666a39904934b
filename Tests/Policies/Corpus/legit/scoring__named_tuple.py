from collections import namedtuple

Band = namedtuple("Band", "low high label")
BANDS = [Band(0, 580, "poor"), Band(580, 670, "fair"), Band(670, 740, "good"), Band(740, 851, "great")]
result = next(b.label for b in BANDS if b.low <= applicant["score"] < b.high)
