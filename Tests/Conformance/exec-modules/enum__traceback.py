from enum import Enum


class Channel(Enum):
    EMAIL = "email"
    SMS = "sms"


def route(message):
    channel = getattr(Channel, message["channel"].upper(), None) or Channel.SMS
    if message.get("strict"):
        channel = Channel.__members__[message["channel"].upper()]
    return f"sending via {channel.name} ({channel.value})"


print(route({"channel": "email"}))
print(route({"channel": "pigeon"}))
print(route({"channel": "pigeon", "strict": True}))
