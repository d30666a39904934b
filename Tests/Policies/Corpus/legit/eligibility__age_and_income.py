import datetime

birth = datetime.date.fromisoformat(applicant["birth_date"])
ref = datetime.date.fromisoformat(application["date"])
age = ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))
eligible = 18 <= age <= 70 and applicant["income"] >= 20000
result = {"age": age, "eligible": eligible}
