from string import Template

message = Template("Hello $name, your balance is $balance.")
result = message.substitute(name=customer["name"], balance=customer["balance"])
