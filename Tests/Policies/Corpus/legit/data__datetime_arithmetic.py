from datetime import date, timedelta

invoice = date.fromisoformat(invoice_data["issued"])
due = invoice + timedelta(days=invoice_data.get("terms", 30))
paid = date.fromisoformat(invoice_data["paid"]) if invoice_data.get("paid") else None
result = {"due": due.isoformat(), "late": paid is not None and paid > due}
