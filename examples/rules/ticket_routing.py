"""Support ticket routing: pick a queue and a priority from the ticket's text and the customer.

Inputs (globals): ticket {subject, body, channel}, customer {plan, open_tickets}, now (ISO datetime).
Sets result: {queue, priority, sla_hours, matched}.
"""
import re
from datetime import datetime, timedelta

RULES = [
    ("security", re.compile(r"\b(hack(ed)?|breach|phishing|2fa|password reset)\b", re.I)),
    ("billing", re.compile(r"\b(invoice|refund|charge[ds]?|payment|vat)\b", re.I)),
    ("outage", re.compile(r"\b(down|outage|not (loading|working)|error 5\d\d)\b", re.I)),
    ("onboarding", re.compile(r"\b(setup|set up|getting started|import)\b", re.I)),
]
SLA_HOURS = {"urgent": 1, "high": 4, "normal": 24, "low": 72}

text = f"{ticket['subject']}\n{ticket['body']}"
matched = [queue for queue, pattern in RULES if pattern.search(text)]
queue = matched[0] if matched else "general"

priority = "normal"
if queue in ("security", "outage"):
    priority = "urgent" if customer["plan"] == "enterprise" else "high"
elif customer["plan"] == "free" and queue == "general":
    priority = "low"
if customer.get("open_tickets", 0) >= 3 and priority == "normal":
    priority = "high"
if ticket.get("channel") == "phone" and priority in ("normal", "low"):
    priority = "high"

due = datetime.fromisoformat(now) + timedelta(hours=SLA_HOURS[priority])
result = {
    "queue": queue,
    "priority": priority,
    "sla_hours": SLA_HOURS[priority],
    "due": due.isoformat(timespec="minutes"),
    "matched": matched,
}
