from dataclasses import dataclass, field

@dataclass
class Applicant:
    name: str
    score: int
    flags: list = field(default_factory=list)

    def ok(self):
        return self.score >= 600 and not self.flags

a = Applicant(applicant["name"], applicant["score"], applicant.get("flags", []))
result = a.ok()
